package io.newsroom.publish.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Quotes, newest article first (then in text order reversed, so the keyset is one index range). */
public final class QuoteQueries {

    /**
     * Up to this many speakers matching the words are read one index range each (fast however often each is
     * quoted); more than that means a short, common prefix, and then walking the newest quotes finds matches
     * quickly instead.
     */
    static final int SPEAKERS_READ_ONE_BY_ONE = 200;

    private QuoteQueries() {
    }

    /**
     * @param speakerEntity the speaker's global entity id, or null
     * @param speakerWords  words of the speaker's name (as quoted, or any alias of the speaker entity), or null
     * @param q             words of the quote (web-search syntax), or null
     */
    public record Filter(UUID speakerEntity, String speakerWords, String q, UUID article) {
    }

    public record After(Instant receivedAt, UUID articleId, int ordinal) {
    }

    public static List<QuoteItem> list(Connection c, Filter f, After after, int limit) throws SQLException {
        List<UUID> speakers = null;
        String prefix = null;
        if (f.speakerEntity() != null) {
            speakers = List.of(f.speakerEntity()); // a linked speaker's key is its entity id
        }
        if (f.speakerWords() != null) {
            prefix = SearchText.prefixQuery(f.speakerWords());
            if (prefix == null) {
                return List.of();
            }
            List<UUID> named = speakersNamed(c, prefix);
            if (speakers != null) {
                named = named.contains(f.speakerEntity()) ? speakers : List.of();
            }
            speakers = named;
        }
        if (speakers != null && speakers.isEmpty()) {
            return List.of();
        }
        if (speakers != null && speakers.size() <= SPEAKERS_READ_ONE_BY_ONE) {
            return bySpeakers(c, speakers, f, after, limit);
        }
        StringBuilder sql = new StringBuilder("select ").append(QuoteItem.COLUMNS).append(" from quote q where true");
        List<Object> params = new ArrayList<>();
        if (speakers != null) {
            // More speakers than were read: all of them, by the same condition.
            sql.append(" and q.speaker_key in (").append(SPEAKERS_NAMED).append(")");
            params.add(prefix);
            params.add(prefix);
            params.add(prefix);
            params.add(prefix);
        }
        filters(sql, params, f, after);
        sql.append(" order by q.received_at desc, q.article_id desc, q.ordinal desc limit ?");
        params.add(limit);
        return Rows.list(c, sql.toString(), params, QuoteItem::read);
    }

    /** The newest quotes of a few speakers: the first {@code limit} of each speaker's index range, merged. */
    private static List<QuoteItem> bySpeakers(Connection c, List<UUID> speakers, Filter f, After after, int limit)
            throws SQLException {
        StringBuilder inner = new StringBuilder("select ").append(QuoteItem.COLUMNS)
                .append(" from quote q where q.speaker_key = k.key");
        List<Object> params = new ArrayList<>();
        params.add(speakers.toArray(new UUID[0]));
        filters(inner, params, f, after);
        inner.append(" order by q.received_at desc, q.article_id desc, q.ordinal desc limit ?");
        params.add(limit);
        String sql = "select t.* from unnest(?::uuid[]) k(key) cross join lateral (" + inner + ") t"
                + " order by t.received_at desc, t.article_id desc, t.ordinal desc limit ?";
        params.add(limit);
        return Rows.list(c, sql, params, QuoteItem::read);
    }

    private static void filters(StringBuilder sql, List<Object> params, Filter f, After after) {
        if (f.q() != null) {
            sql.append(" and ").append(SearchText.webMatch("q"));
            params.add(f.q());
            params.add(f.q());
            params.add(f.q());
        }
        if (f.article() != null) {
            sql.append(" and q.article_id = ?");
            params.add(f.article());
        }
        if (after != null) {
            sql.append(" and (q.received_at, q.article_id, q.ordinal) < (?, ?, ?)");
            params.add(after.receivedAt());
            params.add(after.articleId());
            params.add(after.ordinal());
        }
    }

    private static final String SPEAKERS_NAMED = "select s.key from speaker s where s.search @@ " + SearchText.PREFIX_QUERY
            + " union select s.key from entity_alias al join speaker s on s.key = al.entity_id where al.search @@ "
            + SearchText.PREFIX_QUERY;

    /**
     * Speakers whose name (as quoted), or whose entity's canonical name or any alias, has every word as a
     * prefix: up to one more than {@link #SPEAKERS_READ_ONE_BY_ONE}.
     */
    static List<UUID> speakersNamed(Connection c, String prefixQuery) throws SQLException {
        return Rows.list(c, SPEAKERS_NAMED + " limit ?", List.of(prefixQuery, prefixQuery, prefixQuery, prefixQuery, SPEAKERS_READ_ONE_BY_ONE + 1),
                rs -> rs.getObject(1, UUID.class));
    }
}
