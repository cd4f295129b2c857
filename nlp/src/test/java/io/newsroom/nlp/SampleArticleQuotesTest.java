package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.EnrichedArticle.Quote;
import io.newsroom.events.EnrichedArticle.QuoteKind;
import io.newsroom.events.RawArticle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The VZGLYAD sample beside the project ({@code ../shared/samples}); skipped in a clone without it. Entities come
 * from a stand-in (the trained entity stage is not part of these tests): "Путин…" is E1 "Путин", "Лукашенко" E2.
 */
class SampleArticleQuotesTest {

    private static Path sample() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? null : dir.resolve("../shared/samples/vzglyad-putin-lukashenko.txt").normalize();
    }

    private static EnrichedArticle enrich(boolean withEntities) throws IOException {
        Path file = sample();
        assumeTrue(file != null && Files.exists(file), "../shared/samples/vzglyad-putin-lukashenko.txt not present, skipping");
        EnrichmentStage entities = withEntities
                ? new StandInEntityStage().with("Путин", EntityType.PERSON, "Путин")
                        .with("Лукашенко", EntityType.PERSON, "Александр Лукашенко")
                        .with("Мишустин", EntityType.PERSON, "Михаил Мишустин")
                : new StandInEntityStage();
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(new TextStructureStage(), new LanguageStage(),
                entities, new MetadataStage(), new QuoteStage(), new ReadingStatsStage()), Clock.systemUTC());
        return pipeline.enrich(new RawArticle(1, "vz", "r1", Instant.parse("2026-11-25T10:00:00Z"), "text/plain", null,
                null, Files.readString(file), null, null, null, Instant.parse("2026-11-25T09:00:00Z"), null, null, null,
                null));
    }

    @Test
    void everyDirectQuoteHasItsSpeaker() throws IOException {
        EnrichedArticle out = enrich(true);

        List<Quote> direct = out.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertThat(direct).extracting(q -> q.text().substring(0, Math.min(30, q.text().length())),
                q -> q.speaker().name(), q -> q.speaker().entityId()).containsExactly(
                tuple("Правительства (России и Белору", "Путин", "E1"),
                tuple("Хочу вас поблагодарить за высо", "Путин", "E1"),
                tuple("Там фактически никаких вопросо", "Путин", "E1"),
                tuple("Спасибо вам за оценку", "Александр Лукашенко", "E2"));
        assertThat(direct.get(0).text()).isEqualTo(
                "Правительства (России и Белоруссии – прим. ВЗГЛЯД) работают между собой очень плотно");
        assertThat(direct).extracting(Quote::cue).containsExactly("отметил", "обратился", "сказал", "отметил");
        assertThat(out.quotes()).noneMatch(q -> q.text().equals("Новости"));
        for (Quote q : out.quotes()) {
            assertThat(q.text()).isEqualTo(slice(out.text(), q.start(), q.end()));
        }
    }

    @Test
    void indirectSpeechIsAttributedToo() throws IOException {
        EnrichedArticle out = enrich(true);

        assertThat(out.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT))
                .extracting(q -> q.speaker().name())
                .containsExactly("Путин", "Путин", "Александр Лукашенко", "Александр Лукашенко", "Александр Лукашенко");
    }

    @Test
    void withoutEntitiesSpeakersAreNamesFromTheText() throws IOException {
        EnrichedArticle out = enrich(false);

        assertThat(out.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT))
                .extracting(q -> q.speaker().name(), q -> q.speaker().entityId())
                .containsExactly(tuple("Путин", null), tuple("Путин", null), tuple("Путин", null),
                        tuple("Лукашенко", null));
    }

    @Test
    void titleAuthorLanguageAndAgencies() throws IOException {
        EnrichedArticle out = enrich(true);

        assertThat(out.title()).isEqualTo("Путин встретился с Лукашенко в Петербурге");
        assertThat(out.subtitle()).isEqualTo("Путин: Россия и Белоруссия очень плотно работают между собой");
        assertThat(out.authors()).containsExactly("Дарья Григоренко");
        assertThat(out.language()).isEqualTo("ru");
        assertThat(out.lead()).startsWith("Беседа прошла в формате тет-а-тет");
        assertThat(out.metadata().sources()).containsExactly("ТАСС", "РИА «Новости»");
        assertThat(out.metadata().dates()).containsExactly("2026-11");
        assertThat(out.metadata().keywords()).contains("Путин", "Александр Лукашенко").hasSizeLessThanOrEqualTo(10);
        assertThat(out.metadata().summary()).startsWith("Беседа прошла").hasSizeLessThanOrEqualTo(300);
    }

    static String slice(String text, int cpStart, int cpEnd) {
        int s = text.offsetByCodePoints(0, cpStart);
        return text.substring(s, text.offsetByCodePoints(s, cpEnd - cpStart));
    }
}
