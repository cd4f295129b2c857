package io.newsroom.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleJsonTest {

    @Test
    void rawArticleRoundTripsWithIsoTimesAndExtraFields() {
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, "4d6c0c1e-0000-4000-8000-000000000001", "ab12",
                Instant.parse("2026-11-25T10:15:30Z"), "application/json", "Заголовок", "Текст статьи.",
                "Заголовок\n\nТекст статьи.", null, "ext-1", "wire", null, "ru", List.of("Анна Петрова"),
                Map.of("section", "politics"), "c0ffee");

        String json = ArticleJson.write(raw);

        assertThat(json).contains("\"receivedAt\":\"2026-11-25T10:15:30Z\"").doesNotContain("\"url\"");
        assertThat(ArticleJson.read(json, RawArticle.class)).isEqualTo(raw);
    }

    @Test
    void unknownFieldsFromANewerProducerAreTolerated() {
        RawArticle raw = ArticleJson.read("{\"schemaVersion\":2,\"id\":\"x\",\"body\":\"b\",\"futureField\":[1,2]}",
                RawArticle.class);
        assertThat(raw.schemaVersion()).isEqualTo(2);
        assertThat(raw.body()).isEqualTo("b");
    }

    @Test
    void garbageIsAMalformedEventNotAnUncheckedJacksonError() {
        assertThatThrownBy(() -> ArticleJson.read("{not json", RawArticle.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("RawArticle");
        assertThatThrownBy(() -> ArticleJson.read("", RawArticle.class))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> ArticleJson.read("[".repeat(500), RawArticle.class))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void bytesRoundTripAsTheStringFormDoes() {
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, "4d6c0c1e-0000-4000-8000-000000000002", "cd34",
                Instant.parse("2026-11-25T10:15:30Z"), "text/plain", "Ёлки «в лесу» 😀", "Текст.", "Ёлки «в лесу» 😀\n\nТекст.",
                null, null, null, null, "ru", List.of(), Map.of(), null);

        byte[] json = ArticleJson.writeBytes(raw);

        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(ArticleJson.write(raw));
        assertThat(ArticleJson.read(json, RawArticle.class)).isEqualTo(raw);
    }

    @Test
    void badBytesAreAMalformedEvent() {
        assertThatThrownBy(() -> ArticleJson.read(" \n".getBytes(), RawArticle.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleJson.read("{not json".getBytes(), RawArticle.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("RawArticle");
        // Latin-1 bytes in a record that claims to be JSON (UTF-8): refused with a reason, not decoded into U+FFFD
        byte[] latin1 = "{\"id\":\"x\",\"title\":\"café\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ArticleJson.read(latin1, RawArticle.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void topicsAreTheContractNames() {
        assertThat(Topics.ALL).containsExactly("articles.raw", "articles.enriched", "articles.raw.dlq",
                "articles.enriched.dlq");
        assertThat(Topics.PARTITIONS).isGreaterThanOrEqualTo(6);
    }
}
