package io.newsroom.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleSubmissionsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void plainTextTitleIsTheFirstNonEmptyLineAndTextKeepsEverything() {
        String sent = "\r\n  Заголовок новости  \r\n\r\nПервый абзац.\r\nВторой абзац.";
        RawArticle raw = ArticleSubmissions.fromPlainText("id", sent, NOW);

        assertThat(raw.title()).isEqualTo("Заголовок новости");
        assertThat(raw.body()).isEqualTo("Первый абзац.\nВторой абзац.");
        assertThat(raw.text()).isEqualTo("\n  Заголовок новости  \n\nПервый абзац.\nВторой абзац.");
        assertThat(raw.revision()).isEqualTo(ArticleSubmissions.revisionOf("Заголовок новости", raw.body()));
    }

    @Test
    void textIsStoredNfcNormalised() {
        String decomposed = "Е\u0308лка\n\nи\u0306од"; // Ё and й as base letter + combining mark
        RawArticle raw = ArticleSubmissions.fromPlainText("id", decomposed, NOW);
        assertThat(raw.title()).isEqualTo("Ёлка");
        assertThat(raw.body()).isEqualTo("йод");
    }

    @Test
    void jsonKeepsUnknownFieldsAsExtraAndBuildsTextFromTitleAndBody() {
        RawArticle raw = ArticleSubmissions.fromJson("id", """
                {"title":"Harbour reopens","body":" The harbour reopened. ","source":"wire","externalId":"A-1",
                 "publishedAt":"2026-11-25T10:15:30+03:00","authors":["Jane Doe"],"section":"local","priority":2}""", NOW);

        assertThat(raw.text()).isEqualTo("Harbour reopens\n\nThe harbour reopened.");
        assertThat(raw.publishedAt()).isEqualTo(Instant.parse("2026-11-25T07:15:30Z"));
        assertThat(raw.authors()).containsExactly("Jane Doe");
        assertThat(raw.extra()).containsEntry("section", "local").containsEntry("priority", 2);
    }

    @Test
    void badSubmissionsSayWhatToFix() {
        assertThatThrownBy(() -> ArticleSubmissions.fromJson("id", "{\"title\":\"t\"}", NOW))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("\"body\" is required");
        assertThatThrownBy(() -> ArticleSubmissions.fromJson("id", "{\"body\":42}", NOW))
                .hasMessageContaining("must be a string, not a number");
        assertThatThrownBy(() -> ArticleSubmissions.fromJson("id", "{\"body\":\"b\",\"publishedAt\":\"yesterday\"}", NOW))
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> ArticleSubmissions.fromJson("id", "[1]", NOW))
                .hasMessageContaining("one JSON object");
        assertThatThrownBy(() -> ArticleSubmissions.fromPlainText("id", "a\u0000b", NOW))
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> ArticleSubmissions.fromPlainText("id", " \n\t ", NOW))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleSubmissions.fromPlainText("id", "x".repeat(1001), NOW))
                .hasMessageContaining("title is longer");
    }

    @Test
    void idsFromSourceAndExternalIdAreStable() {
        assertThat(ArticleSubmissions.idFor("wire", "A-1")).isEqualTo(ArticleSubmissions.idFor("wire", "A-1"))
                .isNotEqualTo(ArticleSubmissions.idFor("other", "A-1"));
    }
}
