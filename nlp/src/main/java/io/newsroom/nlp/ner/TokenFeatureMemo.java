package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers a token-level feature generator's features for each token of the sentence being tagged. A window
 * generator asks for the same token's features once per window position (five times for ±2), and token
 * classes, lower-casing and morphology are the tagger's main cost (a JFR profile), so each is computed once per
 * token instead. The features are the same as the wrapped generator's: models trained with or without the memo
 * are interchangeable. Only for generators that look at the tokens alone (not at earlier outcomes or adaptive
 * data); like the decoders, one per thread.
 */
public final class TokenFeatureMemo implements AdaptiveFeatureGenerator {

    private final AdaptiveFeatureGenerator generator;
    private String[] sentence;
    private List<String>[] byToken;

    public TokenFeatureMemo(AdaptiveFeatureGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.addAll(of(tokens, index));
    }

    /** The wrapped generator's features of the token, computed once a sentence. */
    @SuppressWarnings("unchecked")
    List<String> of(String[] tokens, int index) {
        if (tokens != sentence) {
            sentence = tokens;
            byToken = new List[tokens.length];
        }
        List<String> known = byToken[index];
        if (known == null) {
            known = new ArrayList<>(4);
            generator.createFeatures(known, tokens, index, null);
            byToken[index] = known;
        }
        return known;
    }
}
