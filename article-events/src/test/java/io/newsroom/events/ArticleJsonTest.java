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
    void topicsAreTheContractNames() {
        assertThat(Topics.ALL).containsExactly("articles.raw", "articles.enriched", "articles.raw.dlq",
                "articles.enriched.dlq");
        assertThat(Topics.PARTITIONS).isGreaterThanOrEqualTo(6);
    }
}
