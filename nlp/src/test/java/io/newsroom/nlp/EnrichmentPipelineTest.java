package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.RawArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichmentPipelineTest {

    private static EnrichmentPipeline pipeline;

    @BeforeAll
    static void loadModels() {
        pipeline = EnrichmentPipeline.standard();
    }

    private static RawArticle plain(String text) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, "id-1", "rev-1", Instant.EPOCH, "text/plain", null, null,
                text, null, null, null, null, null, null, null, null);
    }

    @Test
    void russianPlainTextGetsTitleFromFirstLineAndLanguageRu() {
        EnrichedArticle out = pipeline.enrich(plain("""

                Мэр Казани открыл новый мост через Казанку

                Строительство моста продолжалось три года, сообщили в пресс-службе городской администрации.
                Движение по мосту откроют в понедельник утром."""));

        assertThat(out.title()).isEqualTo("Мэр Казани открыл новый мост через Казанку");
        assertThat(out.body()).startsWith("Строительство моста").endsWith("утром.");
        assertThat(out.language()).isEqualTo("ru");
        assertThat(out.metadata().wordCount()).isEqualTo(24);
        assertThat(out.metadata().readingTimeMinutes()).isEqualTo(1);
        assertThat(out.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("Казань"));
        assertThat(out.id()).isEqualTo("id-1");
        assertThat(out.revision()).isEqualTo("rev-1");
    }

    @Test
    void englishIsDetectedAndGivenFieldsWin() {
        RawArticle raw = new RawArticle(1, "id-2", "rev", Instant.EPOCH, "application/json", "Harbour reopens",
                "The harbour reopened on Monday after storm repairs, the port authority said.",
                "Harbour reopens\n\nThe harbour reopened on Monday after storm repairs, the port authority said.",
                null, null, null, null, "ru", null, null, null);

        EnrichedArticle out = pipeline.enrich(raw);

        assertThat(out.title()).isEqualTo("Harbour reopens");
        assertThat(out.language()).as("the text decides, not the sender's hint").isEqualTo("en");
    }

    @Test
    void textWithoutLettersIsUndeterminedNotAnError() {
        EnrichedArticle out = pipeline.enrich(plain("!!! ... ??? 12345"));
        assertThat(out.language()).isEqualTo("und");
        assertThat(out.title()).isEqualTo("!!! ... ??? 12345");
    }

    @Test
    void emptyTextIsAnsweredWithEmptyFields() {
        EnrichedArticle out = pipeline.enrich(plain(""));
        assertThat(out.language()).isEqualTo("und");
        assertThat(out.metadata().wordCount()).isZero();
    }

    @Test
    void wordsAreCountedAcrossScriptsAndHyphens() {
        assertThat(ReadingStatsStage.countWords("тет-а-тет, 2024 год — and e-mail")).isEqualTo(5);
        assertThat(ReadingStatsStage.countWords("𝐁𝐨𝐥𝐝 text")).isEqualTo(2);
    }
}
