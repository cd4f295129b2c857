package io.newsroom.nlp.eval;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.TypedSpan;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactRuEvalCorpusTest {

    static Path fixture() throws URISyntaxException {
        return Path.of(FactRuEvalCorpusTest.class.getResource("/factrueval-fixture/book_1.txt").toURI()).getParent();
    }

    @Test
    void readsMentionsMappedToProjectTypesWithCodePointOffsets() throws Exception {
        List<AnnotatedText> docs = FactRuEvalCorpus.read(fixture());

        assertThat(docs).extracting(AnnotatedText::id).containsExactly("book_1", "book_2");
        AnnotatedText doc = docs.get(0);
        assertThat(doc.mentions()).extracting(doc::slice, TypedSpan::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("компании «Северный ветер", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Пётр Самохвалов", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Калугу", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Калуге", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("мэрии Калуги", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Калуги", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("фонда «Лесные дали", EntityType.ORGANIZATION));
        // the emoji before the first mention is one code point (two Java chars)
        assertThat(doc.mentions().get(0).start()).isEqualTo(8);
        assertThat(docs.get(1).mentions()).isEmpty();
    }
}
