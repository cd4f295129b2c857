package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.metadata.Bylines;
import io.newsroom.nlp.metadata.DateFinder;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MetadataStageTest {

    private static final EnrichmentPipeline PIPELINE = new EnrichmentPipeline(List.of(new TextStructureStage(),
            new LanguageStage(), new MetadataStage(), new QuoteStage(), new ReadingStatsStage()), Clock.systemUTC());

    private static EnrichedArticle enrich(String text, List<String> authors, Instant published) {
        return PIPELINE.enrich(new RawArticle(1, "id", "rev", Instant.parse("2026-11-25T10:00:00Z"), "text/plain", null,
                null, text, null, null, null, published, null, authors, null, null));
    }

    @Test
    void subtitleBylineAndLeadOfAPlainTextArticle() {
        EnrichedArticle out = enrich("""
                В Казани открыли новый мост

                Мэр: движение пойдет уже в понедельник

                Aвтор: Ирина Соколова
                Фото: Павел Фомин

                Строительство моста через Казанку заняло три года, сообщает Интерфакс. Мост соединил два района.

                Второй абзац о мосте.""", List.of("Редакция"), null);

        assertThat(out.title()).isEqualTo("В Казани открыли новый мост");
        assertThat(out.subtitle()).isEqualTo("Мэр: движение пойдет уже в понедельник");
        assertThat(out.authors()).as("Latin A folded; the photographer is not an author").containsExactly("Ирина Соколова");
        assertThat(out.lead()).startsWith("Строительство моста");
        assertThat(out.metadata().sources()).containsExactly("Интерфакс");
        assertThat(out.metadata().summary()).isEqualTo(
                "Строительство моста через Казанку заняло три года, сообщает Интерфакс. Мост соединил два района.");
        assertThat(out.metadata().keywords()).contains("мост").doesNotContain("автор", "фото");
    }

    @Test
    void bylinesInBothLanguages() {
        assertThat(Bylines.authors("By Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.authors("Tекст: Дарья Григоренко")).containsExactly("Дарья Григоренко");
        assertThat(Bylines.authors("Автор текста: Олег Ким, Анна Ли. Фото: Иван Гром")).containsExactly("Олег Ким", "Анна Ли");
        assertThat(Bylines.authors("Фото: Иван Гром")).isEmpty();
        assertThat(Bylines.authors("By Monday, officials said the road would reopen")).isEmpty();
        assertThat(Bylines.authors("By Jane Doe / Reuters")).containsExactly("Jane Doe");
    }

    @Test
    void withoutABylineTheSendersAuthorsStay() {
        EnrichedArticle out = enrich("Harbour reopens\n\nThe harbour reopened on Monday after storm repairs.",
                List.of("Desk"), null);
        assertThat(out.authors()).containsExactly("Desk");
    }

    @Test
    void severalBylinesAreAllRead() {
        EnrichedArticle out = enrich("Title\n\nТекст: Ольга Лис\nАвтор: Марк Гусев\n\nBody text of the article goes on here.",
                null, null);
        assertThat(out.authors()).containsExactly("Ольга Лис", "Марк Гусев");
    }

    @Test
    void agenciesByVerbPhraseAndDateline() {
        EnrichedArticle out = enrich("""
                Markets

                LONDON (Reuters) - Shares fell on Monday, according to AP. The decline slowed later, AFP reported.
                Об этом пишет ТАСС, передает РИА «Новости», по данным Интерфакса.""", null, null);
        assertThat(out.metadata().sources()).containsExactly("Reuters", "AP", "AFP", "ТАСС", "РИА «Новости»", "Интерфакс");
    }

    @Test
    void datesAreNormalised() {
        DateFinder dates = new DateFinder();
        LocalDate published = LocalDate.of(2026, 11, 25);
        assertThat(dates.find("Встреча 25 ноября 2026 года, потом в декабре и 3 марта.", 2026, published))
                .containsExactly("2026-11-25", "2026-12", "2026-03-03");
        assertThat(dates.find("On November 25, 2026 and 26.11.2026 and 2026-11-27, then in May.", 2026, null))
                .containsExactly("2026-11-25", "2026-11-26", "2026-11-27", "2026-05");
        assertThat(dates.find("Вчера стало известно, yesterday", 2026, published)).containsExactly("2026-11-24");
        assertThat(dates.find("Вчера и в ноябре", null, null)).isEmpty();
        assertThat(dates.find("31 февраля 2026 года, 99.99.2026, 2026-13-45, в 2025 году", 2026, null))
                .containsExactly("2025");
    }

    @Test
    void englishKeywordsAreLowerCaseNounsWithoutStopWords() {
        EnrichedArticle out = enrich("Harbour repairs finish\n\nThe harbour reopened after storm repairs. "
                + "Repairs to the harbour wall cost the city two million pounds.", null, null);
        assertThat(out.metadata().keywords()).startsWith("harbour").contains("repair").doesNotContain("the", "after");
    }

    @Test
    void hostileTextNeverThrows() {
        for (String text : List.of("", "   \n\n  ", "!!! ... ??? ««« »»» ,,,", "Tекст:", "By", "Автор: \n",
                "😀😀😀\n\n𝐁𝐨𝐥𝐝 «😀» Текст: 😀\n\n31 февраля, 00.00.0000, 9999-99-99")) {
            EnrichedArticle out = enrich(text, null, Instant.parse("2026-11-25T09:00:00Z"));
            assertThat(out.metadata()).isNotNull();
        }
    }

    @Test
    void aFiveMegabyteArticleCompletes() {
        StringBuilder sb = new StringBuilder("Большая статья\n\nТекст: Анна Орлова\n\n");
        String paragraph = "В ноябре мэр Олег Серов открыл школу 25 ноября 2026 года, пишет ТАСС. "
                + "«Школа примет тысячу детей», – сказал он. Компания «Ромашка» молчит.\n";
        while (sb.length() < 5_000_000) {
            sb.append(paragraph);
        }
        EnrichedArticle out = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> enrich(sb.toString(), null, null));
        assertThat(out.authors()).containsExactly("Анна Орлова");
        assertThat(out.metadata().sources()).containsExactly("ТАСС");
        assertThat(out.metadata().keywords()).hasSizeLessThanOrEqualTo(10);
    }
}
