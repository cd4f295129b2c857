package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of a span as the model might give it, whatever a retrained model does: the rules that keep words out
 * of names or drop a span, checked on the spans themselves.
 */
class SpanEdgesTest {

    private static final SpanEdges EDGES = new SpanEdges(EnglishGazetteer.loadDefault());
    private static final EnglishTokenizer TOKENIZER = new EnglishTokenizer();

    /** The words the span [from, to) of {@code sentence} keeps as {@code type}, or null when it is dropped. */
    private static String edged(String sentence, int from, int to, EntityType type, boolean capitals) {
        List<Token> tokens = TOKENIZER.tokenize(sentence);
        Found f = EDGES.edges(tokens, new Found(from, to, type, 1.0), 0, capitals);
        return f == null ? null : f.type + " " + TaggedText.join(tokens, f.from, f.to);
    }

    @Test
    void aBodysKindOrARankAloneIsNoName() {
        assertThat(edged("The Army said two soldiers were hurt .", 1, 2, EntityType.ORGANIZATION, false)).isNull();
        assertThat(edged("He lost to the world No. 1 on Sunday .", 5, 7, EntityType.ORGANIZATION, false)).isNull();
        assertThat(edged("No. 18 Squadron moved north .", 0, 2, EntityType.ORGANIZATION, false))
                .isEqualTo("ORGANIZATION No. 18"); // a squadron's number opening the sentence may be its name
        assertThat(edged("The race was shown on TV .", 5, 6, EntityType.ORGANIZATION, false)).isNull();
        assertThat(edged("Congress passed the bill .", 0, 1, EntityType.ORGANIZATION, false)).isEqualTo("ORGANIZATION Congress");
    }

    @Test
    void currenciesPluralNounsAndAdjectivesMadeOfNamesAreNoPeople() {
        assertThat(edged("DOLLAR FIRMS AGAINST YEN , MARK .", 5, 6, EntityType.PERSON, true)).isNull();
        assertThat(edged("Sterling fell to 2.41 marks .", 0, 1, EntityType.PERSON, false)).isNull();
        assertThat(edged("Mark said he would come .", 0, 1, EntityType.PERSON, false)).isEqualTo("PERSON Mark");
        assertThat(edged("Refugees said they would return .", 0, 1, EntityType.PERSON, false)).isNull();
        assertThat(edged("The Republican-controlled Senate voted .", 1, 3, EntityType.ORGANIZATION, false))
                .isEqualTo("ORGANIZATION Senate");
    }
}
