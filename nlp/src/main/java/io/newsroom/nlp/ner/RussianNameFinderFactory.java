package io.newsroom.nlp.ner;

import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/**
 * The name finder's features in code rather than OpenNLP's XML descriptor, so the morphology generator can be
 * used: tokens and token classes in a ±2 window, affixes, word shape and LanguageTool morphology in a ±1 window,
 * bigrams, sentence start, and the document's earlier decisions for the same word. The model records this class
 * by name and OpenNLP builds it again (no-arg constructor) when the model is loaded.
 */
public class RussianNameFinderFactory extends TokenNameFinderFactory {

    public RussianNameFinderFactory() {
        super();
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        AdaptiveFeatureGenerator wordLocal = new AggregatedGenerator(
                new WindowFeatures(new TokenFeatureGenerator(true), 2, 2),
                new WindowFeatures(new TokenClassFeatureGenerator(true), 2, 2),
                new WindowFeatures(new MorphologyFeatureGenerator(), 1, 1),
                new WindowFeatures(new WordShapeFeatureGenerator(), 1, 1),
                new PrefixFeatureGenerator(4),
                new SuffixFeatureGenerator(4),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false));
        return new AggregatedGenerator(wordLocal, new PreviousMapFeatureGenerator());
    }

    @Override
    public NameContextGenerator createContextGenerator() {
        return new DefaultNameContextGenerator(createFeatureGenerators());
    }
}
