package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.List;

/** Runs several feature generators in order, as one. */
public record AggregatedGenerator(AdaptiveFeatureGenerator... generators) implements AdaptiveFeatureGenerator {

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] prev) {
        for (AdaptiveFeatureGenerator g : generators) {
            g.createFeatures(features, tokens, index, prev);
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
