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
    void aSecondCorpusTakesTheFirstCorpusTypeForWordsThatCorpusAgreesOn() {
        EntityType org = EntityType.ORGANIZATION;
        EntityType loc = EntityType.LOCATION;
        List<AnnotatedText> reference = List.of(
                new AnnotatedText("a", "ЕС и ЕС и ЕС, Париж", List.of(new TypedSpan(0, 2, org), new TypedSpan(5, 7, org),
                        new TypedSpan(10, 12, org), new TypedSpan(14, 19, loc))),
                new AnnotatedText("b", "Рим и Рим", List.of(new TypedSpan(0, 3, loc), new TypedSpan(6, 9, org))));
        List<AnnotatedText> other = List.of(new AnnotatedText("c", "ЕС, Рим, Париж",
                List.of(new TypedSpan(0, 2, loc), new TypedSpan(4, 7, loc), new TypedSpan(9, 14, org))));

        AnnotatedText doc = TrainingCorpora.harmonise(reference, other).get(0);
        // "ЕС" three times ORG: settled; "Рим" split: kept; "Париж" once: too few to settle
        assertThat(doc.mentions()).extracting(doc::slice, TypedSpan::type).containsExactly(
                tuple("ЕС", org), tuple("Рим", loc), tuple("Париж", org));
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
