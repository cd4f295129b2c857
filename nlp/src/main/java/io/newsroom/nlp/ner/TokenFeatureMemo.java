package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * Remembers a token-level feature generator's features for each token of the sentence being tagged. A window
 * generator asks for the same token's features once per window position (five times for ±2), and token
 * classes, lower-casing and morphology are the tagger's main cost (a JFR profile), so each is computed once per
 * token instead ({@link WindowFeatures} uses it). Only for generators that look at the tokens alone (not at
 * earlier outcomes or adaptive data); like the decoders, one per thread.
 */
final class TokenFeatureMemo {

    private final AdaptiveFeatureGenerator generator;
    private String[] sentence;
    private Known[] byToken;

    TokenFeatureMemo(AdaptiveFeatureGenerator generator) {
        this.generator = generator;
    }

    /**
     * A token's features, and on demand their polynomial hashes and lengths' powers, so that window positions
     * fingerprint them with a prefix in constant time ({@link CompactMaxentModel#fingerprint(long, long, long)}).
     */
    static final class Known {
        final List<String> features;
        private long[] hashes;
        private long[] powers;

        Known(List<String> features) {
            this.features = features;
        }

        long[] hashes() {
            if (hashes == null) {
                hashes = new long[features.size()];
                powers = new long[features.size()];
                for (int k = 0; k < hashes.length; k++) {
                    hashes[k] = CompactMaxentModel.hash(0, features.get(k));
                    powers[k] = CompactMaxentModel.power(features.get(k));
                }
            }
            return hashes;
        }

        long[] powers() {
            hashes();
            return powers;
        }
    }

    /** The wrapped generator's features of the token, computed once a sentence. */
    Known of(String[] tokens, int index) {
        if (tokens != sentence) {
            sentence = tokens;
            byToken = new Known[tokens.length];
        }
        Known known = byToken[index];
        if (known == null) {
            List<String> features = new ArrayList<>(4);
            generator.createFeatures(features, tokens, index, null);
            known = new Known(features);
            byToken[index] = known;
        }
        return known;
    }
}
