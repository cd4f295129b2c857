package io.newsroom.publish.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Counts and tops over a window of receipt time. */
public final class StatsQueries {

    static final int TOP = 10;

    private StatsQueries() {
    }

    public static Stats over(Connection c, Instant from, Instant to) throws SQLException {
        List<Object> window = List.of(from, to);
        long articles = Rows.list(c, "select count(*) from article where received_at >= ? and received_at < ?",
                window, rs -> rs.getLong(1)).get(0);
        long quotes = Rows.list(c, "select count(*) from quote where received_at >= ? and received_at < ?",
                window, rs -> rs.getLong(1)).get(0);
        List<Stats.LanguageCount> byLanguage = Rows.list(c, """
                select coalesce(language, 'und'), count(*) from article where received_at >= ? and received_at < ?
                group by 1 order by 2 desc, 1""", window, rs -> new Stats.LanguageCount(rs.getString(1), rs.getLong(2)));
        List<Stats.SourceCount> bySource = Rows.list(c, """
                select source, count(*) from article where received_at >= ? and received_at < ? and source is not null
                group by 1 order by 2 desc, 1 limit 50""", window, rs -> new Stats.SourceCount(rs.getString(1), rs.getLong(2)));
        List<Stats.EntityCount> topEntities = Rows.list(c, """
                select e.id, e.name, e.type, t.mentions, t.articles
                from (select entity_id, sum(mention_count) as mentions, count(*) as articles from article_entity
                      where received_at >= ? and received_at < ? group by entity_id
                      order by mentions desc, articles desc, entity_id limit %d) t
                join entity e on e.id = t.entity_id
                order by t.mentions desc, t.articles desc, e.id""".formatted(TOP), window,
                rs -> new Stats.EntityCount(rs.getObject(1, UUID.class).toString(), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5)));
        // A speaker is its entity when it has one, else its name as quoted (normalised): see the speaker table.
        List<Stats.SpeakerCount> topSpeakers = Rows.list(c, """
                select s.name, s.entity_id, t.quotes
                from (select speaker_key, count(*) as quotes from quote
                      where received_at >= ? and received_at < ? and speaker_key is not null
                      group by speaker_key order by quotes desc, speaker_key limit %d) t
                join speaker s on s.key = t.speaker_key
                order by t.quotes desc, s.name""".formatted(TOP), window,
                rs -> {
                    UUID entity = rs.getObject(2, UUID.class);
                    return new Stats.SpeakerCount(rs.getString(1), entity == null ? null : entity.toString(), rs.getLong(3));
                });
        List<Stats.HourCount> perHour = Rows.list(c, """
                select date_trunc('hour', received_at at time zone 'UTC'), count(*) from article
                where received_at >= ? and received_at < ? group by 1 order by 1""", window,
                rs -> new Stats.HourCount(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong(2)));
        // Clocks of other hosts can put receipt after storing; such rows say nothing about the lag.
        Stats.PipelineLag lag = Rows.list(c, """
                select count(*), percentile_cont(0.5) within group (order by lag_ms),
                       percentile_cont(0.95) within group (order by lag_ms), max(lag_ms)
                from (select extract(epoch from stored_at - received_at) * 1000 as lag_ms from article
                      where received_at >= ? and received_at < ? and stored_at >= received_at) t""", window,
                rs -> rs.getLong(1) == 0 ? null
                        : new Stats.PipelineLag(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4))).get(0);
        return new Stats(from, to, articles, quotes, byLanguage, bySource, topEntities, topSpeakers, perHour, lag);
    }
}
