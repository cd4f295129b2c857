package io.newsroom.nlp.en;

import io.newsroom.nlp.ner.AggregatedGenerator;
import io.newsroom.nlp.ner.WindowFeatures;

import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;


/**
 * The English name finder's features: lower-cased tokens ±2, token classes ±2, {@link EnglishFeatureGenerator}
 * (affixes, shapes, gazetteers, titles, organisation words, capitals), bigrams, sentence start, and the
 * document's earlier decisions for the same word. The model records this class by name; OpenNLP may build it with
 * the no-arg constructor (no gazetteer), the tagger and the trainer build it with the gazetteer.
 */
public class EnglishNameFinderFactory extends TokenNameFinderFactory {

    private final EnglishGazetteer gazetteer;

    public EnglishNameFinderFactory() {
        this(EnglishGazetteer.empty());
    }

    public EnglishNameFinderFactory(EnglishGazetteer gazetteer) {
        super();
        this.gazetteer = gazetteer;
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        AdaptiveFeatureGenerator wordLocal = new AggregatedGenerator(
                new WindowFeatures(new TokenFeatureGenerator(true), 2, 2),
                new WindowFeatures(new TokenClassFeatureGenerator(true), 2, 2),
                new EnglishFeatureGenerator(gazetteer),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false));
        return new AggregatedGenerator(wordLocal, new PreviousMapFeatureGenerator());
    }

    @Override
    public NameContextGenerator createContextGenerator() {
        return new DefaultNameContextGenerator(createFeatureGenerators());
    }
}
