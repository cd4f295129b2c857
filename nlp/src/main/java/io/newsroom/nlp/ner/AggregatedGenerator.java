package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.ArrayList;
import java.util.List;

/** Runs several feature generators in order, as one. */
public record AggregatedGenerator(AdaptiveFeatureGenerator... generators)
        implements AdaptiveFeatureGenerator, FeatureFingerprints {

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
        for (AdaptiveFeatureGenerator g : generators) {
            g.createFeatures(features, tokens, index, prev);
        }
    }

    /** Each generator's fingerprints in turn; those that only give strings are hashed here. */
    @Override
    public void fingerprints(String[] tokens, int index, FeatureKeys out) {
        List<String> strings = null;
        for (AdaptiveFeatureGenerator g : generators) {
            if (g instanceof FeatureFingerprints f) {
                f.fingerprints(tokens, index, out);
            } else {
                if (strings == null) {
                    strings = new ArrayList<>();
                } else {
                    strings.clear();
                }
                g.createFeatures(strings, tokens, index, null);
                for (String s : strings) {
                    out.add(s);
                }
            }
        }
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (AdaptiveFeatureGenerator g : generators) {
            g.updateAdaptiveData(tokens, outcomes);
        }
    }

    @Override
    public void clearAdaptiveData() {
        for (AdaptiveFeatureGenerator g : generators) {
            g.clearAdaptiveData();
        }
    }
}
