package io.newsroom.publish.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsroom.publish.persistence.ArticleEntity;

import java.time.Instant;

/** One item of {@code GET /articles}: what a list shows; the whole article is at {@code GET /articles/{id}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleSummary(String id, String revision, String title, String language, String source, String url,
                             Instant publishedAt, Instant receivedAt) {

    static ArticleSummary of(ArticleEntity a) {
        return new ArticleSummary(a.id.toString(), a.revision, a.title, a.language, a.source, a.url, a.publishedAt,
                a.receivedAt);
    }
}
