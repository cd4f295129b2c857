package io.newsroom.nlp.eval;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.EntityStage;
import io.newsroom.nlp.GivenLanguageStage;
import io.newsroom.nlp.en.EnglishEntities;
import io.newsroom.nlp.ner.AnnotatedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped English entities on the project's own invented newswire sets ({@code en-newswire/README.md}), read
 * as CoNLL files and scored as {@code ./pipeline eval entities FILE} scores them: each must stay above the English
 * entities issue's bar (strict F1 PER ≥ 0.85, LOC ≥ 0.80, ORG ≥ 0.60). Prints the tables.
 */
class EnglishNewswireTest {

    @ParameterizedTest
    @ValueSource(strings = {"sports.conll", "general.conll", "world-service.conll", "held-out.conll",
            "held-out-2.conll", "held-out-3.conll"})
    void entitiesOnInventedWireCopyMeetTheBar(String file) throws URISyntaxException {
        Path path = Path.of(Objects.requireNonNull(getClass().getResource("/en-newswire/" + file)).toURI());
        assertThat(ConllCorpus.looksLikeConll(path)).isTrue();
        List<AnnotatedText> docs = ConllCorpus.read(path);
        assertThat(docs).hasSizeGreaterThanOrEqualTo(28);

        EntityStage stage = EntityStage.withDefaultModel().with(EnglishEntities.withDefaultModel());
        EntityScorer scorer = EvalEntities.evaluate(List.of(new GivenLanguageStage("en"), stage), docs, false);
        System.out.println("en-newswire/" + file);
        System.out.print(scorer.table(true));

        assertThat(scorer.strict(EntityType.PERSON).f1()).as("PER F1 on %s", file).isGreaterThanOrEqualTo(0.85);
        assertThat(scorer.strict(EntityType.LOCATION).f1()).as("LOC F1 on %s", file).isGreaterThanOrEqualTo(0.80);
        assertThat(scorer.strict(EntityType.ORGANIZATION).f1()).as("ORG F1 on %s", file).isGreaterThanOrEqualTo(0.60);
    }
}
