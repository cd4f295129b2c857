package io.newsroom.nlp.ner;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The window generator the models are trained and tagged with gives OpenNLP's features, and their fingerprints. */
class WindowFeaturesTest {

    private static final String[][] SENTENCES = {
            {"Президент", "Владимир", "Путин", "встретился", "с", "Лукашенко", "."},
            {"Merkel", "said", "on", "Tuesday", "that", "U.S.", "tariffs", "hurt", "BMW", "'s", "sales", "."},
            {"Один"},
            {"«", "Газпром", "»", "и", "РИА", "«", "Новости", "»", "😀"}};

    private static void assertSameAsOpenNlp(Supplier<AdaptiveFeatureGenerator> tokenFeatures, int previous, int next) {
        AdaptiveFeatureGenerator openNlp = new WindowFeatureGenerator(tokenFeatures.get(), previous, next);
        WindowFeatures ours = new WindowFeatures(tokenFeatures.get(), previous, next);
        for (String[] sentence : SENTENCES) {
            for (int i = 0; i < sentence.length; i++) {
                List<String> expected = new ArrayList<>();
                openNlp.createFeatures(expected, sentence, i, null);
                List<String> actual = new ArrayList<>();
                ours.createFeatures(actual, sentence, i, null);
                assertThat(actual).as("features of token %d of %s", i, String.join(" ", sentence))
                        .containsExactlyElementsOf(expected);

                assertFingerprintsOf(expected, ours, sentence, i);
            }
        }
    }

    /** The generator's fingerprints of the token are those of the feature strings, one for one. */
    private static void assertFingerprintsOf(List<String> strings, FeatureFingerprints generator, String[] sentence,
                                             int index) {
        FeatureKeys keys = new FeatureKeys();
        generator.fingerprints(sentence, index, keys);
        assertThat(keys.size()).isEqualTo(strings.size());
        for (int k = 0; k < strings.size(); k++) {
            assertThat(keys.array()[k]).as(strings.get(k)).isEqualTo(CompactMaxentModel.fingerprint(strings.get(k)));
        }
    }

    @Test
    void tokensInATwoWordWindow() {
        assertSameAsOpenNlp(() -> new TokenFeatureGenerator(true), 2, 2);
    }

    @Test
    void tokenClassesInAOneWordWindowAndAnAsymmetricOne() {
        assertSameAsOpenNlp(() -> new TokenClassFeatureGenerator(true), 1, 1);
        assertSameAsOpenNlp(() -> new TokenClassFeatureGenerator(true), 3, 0);
    }

    @Test
    void anAggregateGivesTheFingerprintsOfItsStrings() {
        AggregatedGenerator aggregate = new AggregatedGenerator(
                new WindowFeatures(new TokenFeatureGenerator(true), 2, 2),
                new opennlp.tools.util.featuregen.BigramNameFeatureGenerator(),
                new WindowFeatures(new WordShapeFeatureGenerator(), 1, 1));
        for (String[] sentence : SENTENCES) {
            for (int i = 0; i < sentence.length; i++) {
                List<String> strings = new ArrayList<>();
                aggregate.createFeatures(strings, sentence, i, null);
                assertFingerprintsOf(strings, aggregate, sentence, i);
            }
        }
    }
}
