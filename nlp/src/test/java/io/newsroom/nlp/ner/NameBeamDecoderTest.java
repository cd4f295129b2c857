package io.newsroom.nlp.ner;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.util.Sequence;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The split-context decoder must find what OpenNLP's own beam search finds, outcome for outcome. */
class NameBeamDecoderTest {

    @Test
    void tagsEverySentenceAsOpenNlpsBeamSearchDoes() throws Exception {
        CompactMaxentModel model;
        try (InputStream in = getClass().getResourceAsStream(EntityTagger.DEFAULT_MODEL_RESOURCE)) {
            model = EntityTagger.readNameFinder(in, RussianNameFinderFactory.class);
        }
        String text;
        try (InputStream in = getClass().getResourceAsStream("/articles/ru-traps.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RussianTokenizer tokenizer = new RussianTokenizer();
        List<Token> tokens = tokenizer.tokenize(text);
        NameBeamDecoder decoder = new NameBeamDecoder(model, new RussianNameFinderFactory().createFeatureGenerators(), 3);
        DefaultNameContextGenerator context = new DefaultNameContextGenerator(new RussianNameFinderFactory().createFeatureGenerators());
        BeamSearch reference = new BeamSearch(3, model);
        int names = 0;
        for (int[] sentence : tokenizer.sentences(text, tokens)) {
            String[] words = tokens.subList(sentence[0], sentence[1]).stream().map(Token::text).toArray(String[]::new);
            Sequence expected = reference.bestSequence(words, null, context, new BioCodec().createSequenceValidator());
            context.updateAdaptiveData(words, expected.getOutcomes().toArray(String[]::new));

            NameBeamDecoder.Tagging actual = decoder.tag(words);

            assertThat(actual.outcomes()).containsExactly(expected.getOutcomes().toArray(String[]::new));
            for (int i = 0; i < words.length; i++) {
                assertThat(actual.probabilities()[i]).isCloseTo(expected.getProbs()[i], within(1e-12));
            }
            names += (int) List.of(actual.outcomes()).stream().filter(o -> o.endsWith("-start")).count();
        }
        assertThat(names).as("names in the fixture").isGreaterThan(20);
    }
}
