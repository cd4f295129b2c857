package io.newsroom.publish;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.TopicProbe;

import java.time.Instant;
import java.util.List;

/** Enriched article records as enrich-service would put them on articles.enriched. */
final class EnrichedArticles {

    private EnrichedArticles() {
    }

    static EnrichedArticle article(String id, String revision, String title, Instant receivedAt) {
        String body = "Текст статьи «" + title + "».";
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, revision, receivedAt, receivedAt.plusMillis(5),
                null, null, "Тестовая лента", null, "ru", title, null, null, List.of(), body, title + "\n\n" + body,
                List.of(), List.of(), new EnrichedArticle.Metadata(List.of(), List.of(), List.of(), 4, 1, null));
    }

    static void send(EnrichedArticle article) {
        TopicProbe.send(Topics.ENRICHED, article.id(), ArticleJson.write(article));
    }
}
