package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.Collections;
import java.util.List;

/** Adds the LanguageTool morphology features of the current token (see {@link RussianMorphology}). */
public final class MorphologyFeatureGenerator implements AdaptiveFeatureGenerator {

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        Collections.addAll(features, RussianMorphology.shared().analyze(tokens[index]).features());
    }
}
