package io.newsroom.nlp.ner;

import io.newsroom.events.EnrichedArticle.EntityType;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class TrainingCorporaTest {

    private static Path resource(String name) throws Exception {
        return Path.of(TrainingCorporaTest.class.getResource(name).toURI());
    }

    @Test
    void nerelIsFlattenedToOutermostMentionsOfTheThreeTypes() throws Exception {
        List<AnnotatedText> docs = TrainingCorpora.readNerel(resource("/nerel-fixture"));

        assertThat(docs).hasSize(1);
        AnnotatedText doc = docs.get(0);
        assertThat(doc.mentions()).extracting(doc::slice, TypedSpan::type).containsExactly(
                tuple("полиции Калуги", EntityType.ORGANIZATION), tuple("Петра Самохвалова", EntityType.PERSON));
    }

    @Test
    void collection5TypesAreMappedAndOffsetsAreCodePoints() throws Exception {
        List<AnnotatedText> docs = TrainingCorpora.readCollection5(resource("/collection5-fixture.jsonl"));

        AnnotatedText doc = docs.get(0);
        assertThat(doc.mentions()).extracting(doc::slice, TypedSpan::type).containsExactly(
                tuple("Лесной вестник", EntityType.ORGANIZATION), tuple("Калуге", EntityType.LOCATION));
    }

    @Test
    void samplesAreSentencesWithTokenSpans() throws Exception {
        List<NameSample> samples = TrainEntityModel.toSamples(TrainingCorpora.readNerel(resource("/nerel-fixture")));

        assertThat(samples).hasSize(1);
        NameSample s = samples.get(0);
        assertThat(s.getNames()).extracting(n -> n.getStart(), n -> n.getEnd(), n -> n.getType())
                .containsExactly(tuple(1, 3, "ORGANIZATION"), tuple(4, 6, "PERSON"));
        assertThat(s.isClearAdaptiveDataSet()).isTrue();
    }
}
