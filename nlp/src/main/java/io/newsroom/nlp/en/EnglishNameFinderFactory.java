package io.newsroom.nlp.en;

import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

import java.util.List;

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
        AdaptiveFeatureGenerator wordLocal = new CachedFeatureGenerator(
                new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2),
                new WindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2),
                new EnglishFeatureGenerator(gazetteer),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false));
        return new Aggregated(wordLocal, new PreviousMapFeatureGenerator());
    }

    @Override
    public NameContextGenerator createContextGenerator() {
        return new DefaultNameContextGenerator(createFeatureGenerators());
    }

    /** Runs several generators in order (the outcome-dependent ones outside the cache). */
    private record Aggregated(AdaptiveFeatureGenerator... generators) implements AdaptiveFeatureGenerator {

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
}
