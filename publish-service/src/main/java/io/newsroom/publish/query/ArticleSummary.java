package io.newsroom.publish.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * One item of {@code GET /articles} (and of the article stream): what a list shows; the whole article is at
 * {@code GET /articles/{id}}. {@code rank} only with {@code sort=relevance}: how well it matches {@code q}
 * (PostgreSQL ts_rank, title words weighing more than body words).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleSummary(String id, String revision, String title, String language, String source, String url,
                             Instant publishedAt, Instant receivedAt, String summary, Float rank) {

    public ArticleSummary(String id, String revision, String title, String language, String source, String url,
                          Instant publishedAt, Instant receivedAt, String summary) {
        this(id, revision, title, language, source, url, publishedAt, receivedAt, summary, null);
    }

    /** The columns {@link #read} expects, for a table aliased {@code a}. */
    static final String COLUMNS = "a.id, a.revision, a.title, a.language, a.source, a.url, a.published_at, "
            + "a.received_at, a.summary";

    static ArticleSummary read(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getObject(1, UUID.class).toString(), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), Rows.instant(rs, 7), Rows.instant(rs, 8),
                rs.getString(9));
    }

    static ArticleSummary readRanked(ResultSet rs) throws SQLException {
        ArticleSummary a = read(rs);
        return new ArticleSummary(a.id, a.revision, a.title, a.language, a.source, a.url, a.publishedAt, a.receivedAt,
                a.summary, rs.getFloat(10));
    }
}
