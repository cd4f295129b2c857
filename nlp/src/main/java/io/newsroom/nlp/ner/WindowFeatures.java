package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.List;

/**
 * OpenNLP's {@code WindowFeatureGenerator} over a token-level generator, giving the same features in the same
 * order (the token's own, then "p1" + the previous token's, "p2" + …, then "n1" + the next token's, …), with each
 * token's features computed once a sentence ({@link TokenFeatureMemo}). When tagging, the fingerprints of the
 * prefixed features are computed from the prefix's hash state and the feature, without building "p1…" strings:
 * those strings were a tenth of the enrichment's time (allocation and copying, a JFR profile). Models trained
 * with OpenNLP's generator and with this one are interchangeable. Like the decoders, one per thread.
 */
public final class WindowFeatures implements AdaptiveFeatureGenerator, FeatureFingerprints {

    private final TokenFeatureMemo memo;
    private final int previous;
    private final int next;
    /** FNV states after "p1", "p2", … and "n1", "n2", … (index 0 unused). */
    private final long[] previousStates;
    private final long[] nextStates;

    public WindowFeatures(AdaptiveFeatureGenerator tokenFeatures, int previous, int next) {
        this.memo = new TokenFeatureMemo(tokenFeatures);
        this.previous = previous;
        this.next = next;
        previousStates = new long[previous + 1];
        nextStates = new long[next + 1];
        for (int i = 1; i <= previous; i++) {
            previousStates[i] = CompactMaxentModel.fnv(CompactMaxentModel.FNV_OFFSET, "p" + i);
        }
        for (int i = 1; i <= next; i++) {
            nextStates[i] = CompactMaxentModel.fnv(CompactMaxentModel.FNV_OFFSET, "n" + i);
        }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.addAll(memo.of(tokens, index));
        for (int i = 1; i <= previous && index - i >= 0; i++) {
            for (String feature : memo.of(tokens, index - i)) {
                features.add("p" + i + feature);
            }
        }
        for (int i = 1; i <= next && index + i < tokens.length; i++) {
            for (String feature : memo.of(tokens, index + i)) {
                features.add("n" + i + feature);
            }
        }
    }

    @Override
    public void fingerprints(String[] tokens, int index, FeatureKeys out) {
        for (String feature : memo.of(tokens, index)) {
            out.add(CompactMaxentModel.fingerprint(feature));
        }
        for (int i = 1; i <= previous && index - i >= 0; i++) {
            for (String feature : memo.of(tokens, index - i)) {
                out.add(CompactMaxentModel.fingerprint(previousStates[i], feature));
            }
        }
        for (int i = 1; i <= next && index + i < tokens.length; i++) {
            for (String feature : memo.of(tokens, index + i)) {
                out.add(CompactMaxentModel.fingerprint(nextStates[i], feature));
            }
        }
    }
}
