package io.newsroom.nlp.ner;

/**
 * A feature generator that can give the fingerprints of its features without building their strings: exactly
 * the features {@code createFeatures} gives, in the same order, so tagging by fingerprints scores the same.
 */
public interface FeatureFingerprints {

    void fingerprints(String[] tokens, int index, FeatureKeys out);
}
