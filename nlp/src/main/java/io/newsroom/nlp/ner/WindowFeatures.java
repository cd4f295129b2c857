package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.List;

/**
 * OpenNLP's {@code WindowFeatureGenerator} over a token-level generator, giving the same features in the same
 * order (the token's own, then "p1" + the previous token's, "p2" + …, then "n1" + the next token's, …), with each
 * token's features computed once a sentence ({@link TokenFeatureMemo}). When tagging, the fingerprints of the
 * prefixed features are computed from the prefix's hash state and the feature's hash, without building "p1…"
 * strings (a tenth of the enrichment's time in allocation and copying, a JFR profile) or hashing a token's
 * features again for each window position (another tenth). Models trained
 * with OpenNLP's generator and with this one are interchangeable. Like the decoders, one per thread.
 */
public final class WindowFeatures implements AdaptiveFeatureGenerator, FeatureFingerprints {

    private final TokenFeatureMemo memo;
    private final int previous;
    private final int next;
    /** Hash states after "p1", "p2", … and "n1", "n2", … (index 0 unused). */
    private final long[] previousStates;
    private final long[] nextStates;

    public WindowFeatures(AdaptiveFeatureGenerator tokenFeatures, int previous, int next) {
        this.memo = new TokenFeatureMemo(tokenFeatures);
        this.previous = previous;
        this.next = next;
        previousStates = new long[previous + 1];
        nextStates = new long[next + 1];
        for (int i = 1; i <= previous; i++) {
            previousStates[i] = CompactMaxentModel.hash(CompactMaxentModel.HASH_SEED, "p" + i);
        }
        for (int i = 1; i <= next; i++) {
            nextStates[i] = CompactMaxentModel.hash(CompactMaxentModel.HASH_SEED, "n" + i);
        }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.addAll(memo.of(tokens, index).features);
        for (int i = 1; i <= previous && index - i >= 0; i++) {
            for (String feature : memo.of(tokens, index - i).features) {
                features.add("p" + i + feature);
            }
        }
        for (int i = 1; i <= next && index + i < tokens.length; i++) {
            for (String feature : memo.of(tokens, index + i).features) {
                features.add("n" + i + feature);
            }
        }
    }

    @Override
    public void fingerprints(String[] tokens, int index, FeatureKeys out) {
        add(out, CompactMaxentModel.HASH_SEED, memo.of(tokens, index));
        for (int i = 1; i <= previous && index - i >= 0; i++) {
            add(out, previousStates[i], memo.of(tokens, index - i));
        }
        for (int i = 1; i <= next && index + i < tokens.length; i++) {
            add(out, nextStates[i], memo.of(tokens, index + i));
        }
    }

    private static void add(FeatureKeys out, long prefixState, TokenFeatureMemo.Known token) {
        long[] hashes = token.hashes();
        long[] powers = token.powers();
        for (int k = 0; k < hashes.length; k++) {
            out.add(CompactMaxentModel.fingerprint(prefixState, hashes[k], powers[k]));
        }
    }
}
