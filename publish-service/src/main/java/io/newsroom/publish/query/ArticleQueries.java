package io.newsroom.publish.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The article list: filters, newest first by receipt, keyset paging. Plain JDBC, every value bound. */
public final class ArticleQueries {

    private ArticleQueries() {
    }

    /**
     * @param q        words of title or body (web-search syntax), or null
     * @param entity   a global entity id, or null
     * @param from     lower bound (inclusive) of the published time, or else received time; null for none
     * @param to       upper bound (exclusive), likewise
     */
    public record Filter(String q, UUID entity, String language, String source, Instant from, Instant to) {
    }

    /** The position after which a page starts: the previous page's last (receivedAt, id). */
    public record After(Instant receivedAt, UUID id) {
    }

    /** With {@code sort=relevance}: the previous page's last (rank, receivedAt, id). */
    public record AfterRanked(float rank, Instant receivedAt, UUID id) {
    }

    /**
     * Up to {@code limit} articles matching {@code f.q()} (required), best match first (then newest), after
     * {@code after} (null: from the best).
     */
    public static List<ArticleSummary> listByRelevance(Connection c, Filter f, AfterRanked after, int limit)
            throws SQLException {
        if (f.q() == null) {
            throw new IllegalArgumentException("relevance needs words to rank by");
        }
        List<Object> params = new ArrayList<>(List.of(f.q(), f.q(), f.q()));
        StringBuilder inner = new StringBuilder("select ").append(ArticleSummary.COLUMNS).append(", ")
                .append(SearchText.webRank("a")).append(" as rank");
        where(inner, params, f);
        StringBuilder sql = new StringBuilder("select * from (").append(inner).append(") s");
        if (after != null) {
            sql.append(" where (s.rank, s.received_at, s.id) < (?::real, ?, ?)");
            params.add(after.rank());
            params.add(after.receivedAt());
            params.add(after.id());
        }
        sql.append(" order by s.rank desc, s.received_at desc, s.id desc limit ?");
        params.add(limit);
        return Rows.list(c, sql.toString(), params, ArticleSummary::readRanked);
    }

    /** Up to {@code limit} articles after {@code after} (null: from the newest). */
    public static List<ArticleSummary> list(Connection c, Filter f, After after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("select ").append(ArticleSummary.COLUMNS);
        List<Object> params = new ArrayList<>();
        where(sql, params, f);
        // With an entity, the link table's (entity_id, received_at, article_id) index gives the order.
        String at = f.entity() != null ? "l.received_at" : "a.received_at";
        String id = f.entity() != null ? "l.article_id" : "a.id";
        if (after != null) {
            sql.append(" and (").append(at).append(", ").append(id).append(") < (?, ?)");
            params.add(after.receivedAt());
            params.add(after.id());
        }
        sql.append(" order by ").append(at).append(" desc, ").append(id).append(" desc limit ?");
        params.add(limit);
        return Rows.list(c, sql.toString(), params, ArticleSummary::read);
    }

    /** "from article a [join article_entity l] where ..." for the filter. */
    private static void where(StringBuilder sql, List<Object> params, Filter f) {
        sql.append(" from article a");
        if (f.entity() != null) {
            sql.append(" join article_entity l on l.article_id = a.id and l.entity_id = ?");
            params.add(f.entity());
        }
        sql.append(" where true");
        if (f.q() != null) {
            sql.append(" and ").append(SearchText.webMatch("a"));
            params.add(f.q());
            params.add(f.q());
            params.add(f.q());
        }
        if (f.language() != null) {
            sql.append(" and a.language = ?");
            params.add(f.language());
        }
        if (f.source() != null) {
            sql.append(" and a.source = ?");
            params.add(f.source());
        }
        if (f.from() != null) {
            sql.append(" and a.event_time >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" and a.event_time < ?");
            params.add(f.to());
        }
    }

    /** The latest articles naming an entity. */
    public static List<ArticleSummary> latestNaming(Connection c, UUID entity, int limit) throws SQLException {
        return list(c, new Filter(null, entity, null, null, null, null), null, limit);
    }
}
