package io.newsroom.publish.persistence;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.events.EnrichedArticle.Mention;
import io.newsroom.events.EnrichedArticle.Quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The rows derived from an article's latest revision: entity links (with the entities' counts), mentions and
 * quotes. Written with the caller's connection, so they commit or roll back with the article row.
 */
public final class DerivedRows {

    private DerivedRows() {
    }

    /** One global entity as this article names it: the canonical name, surface forms, and mentions. */
    private record Named(UUID id, EnrichedArticle.EntityType type, String name, String nameKey,
                         Map<String, String> aliases, List<Mention> mentions) {
    }

    /** Removes what the previous revision derived, keeping the entities' counts right. */
    public static void delete(Connection c, UUID articleId) throws SQLException {
        try (PreparedStatement uncount = c.prepareStatement("""
                update entity e set article_count = e.article_count - 1, mention_count = e.mention_count - l.mention_count
                from article_entity l where l.article_id = ? and e.id = l.entity_id""")) {
            uncount.setObject(1, articleId);
            uncount.executeUpdate();
        }
        for (String table : List.of("mention", "quote", "article_entity")) {
            try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where article_id = ?")) {
                delete.setObject(1, articleId);
                delete.executeUpdate();
            }
        }
    }

    /** Inserts the entities (new ones), aliases, links, mentions and quotes of this revision. */
    public static void insert(Connection c, UUID articleId, EnrichedArticle article, Instant receivedAt) throws SQLException {
        // Local (per-article) entity id -> global entity; several local entities can be one global one.
        Map<String, UUID> globalIds = new HashMap<>();
        // Sorted by id so that concurrent transactions lock entity rows in the same order.
        Map<UUID, Named> named = new TreeMap<>();
        for (Entity entity : nonNull(article.entities())) {
            if (entity == null || entity.type() == null || entity.name() == null || entity.name().isBlank()) {
                continue;
            }
            String key = EntityKeys.key(entity.name());
            UUID id = EntityKeys.id(entity.type(), key);
            if (entity.id() != null) {
                globalIds.put(entity.id(), id);
            }
            Named n = named.computeIfAbsent(id, k -> new Named(k, entity.type(), entity.name().strip(), key,
                    new LinkedHashMap<>(), new ArrayList<>()));
            n.aliases().putIfAbsent(key, entity.name().strip());
            for (Mention m : nonNull(entity.mentions())) {
                if (m == null) {
                    continue;
                }
                n.mentions().add(m);
                if (m.text() != null && !m.text().isBlank()) {
                    n.aliases().putIfAbsent(EntityKeys.key(m.text()), m.text().strip());
                }
            }
        }
        Timestamp received = Timestamp.from(receivedAt);
        if (!named.isEmpty()) {
            insertEntities(c, articleId, named.values(), received);
        }
        Map<UUID, String> names = new HashMap<>();
        named.values().forEach(n -> names.put(n.id(), n.name()));
        insertQuotes(c, articleId, article, globalIds, names, received);
    }

    private static void insertEntities(Connection c, UUID articleId, Iterable<Named> named, Timestamp received)
            throws SQLException {
        try (PreparedStatement entity = c.prepareStatement("""
                insert into entity (id, type, name, name_key) values (?, ?, ?, ?) on conflict do nothing""");
             PreparedStatement alias = c.prepareStatement("""
                insert into entity_alias (entity_id, alias, alias_key) values (?, ?, ?) on conflict do nothing""");
             PreparedStatement link = c.prepareStatement("""
                insert into article_entity (article_id, entity_id, received_at, mention_count) values (?, ?, ?, ?)""");
             PreparedStatement mention = c.prepareStatement("""
                insert into mention (article_id, ordinal, entity_id, start_offset, end_offset, text)
                values (?, ?, ?, ?, ?, ?)""")) {
            int ordinal = 0;
            for (Named n : named) {
                entity.setObject(1, n.id());
                entity.setString(2, n.type().name());
                entity.setString(3, n.name());
                entity.setString(4, n.nameKey());
                entity.addBatch();
                for (Map.Entry<String, String> a : n.aliases().entrySet()) {
                    alias.setObject(1, n.id());
                    alias.setString(2, a.getValue());
                    alias.setString(3, a.getKey());
                    alias.addBatch();
                }
                link.setObject(1, articleId);
                link.setObject(2, n.id());
                link.setTimestamp(3, received);
                link.setInt(4, n.mentions().size());
                link.addBatch();
                for (Mention m : n.mentions()) {
                    mention.setObject(1, articleId);
                    mention.setInt(2, ordinal++);
                    mention.setObject(3, n.id());
                    mention.setInt(4, m.start());
                    mention.setInt(5, m.end());
                    mention.setString(6, m.text() == null ? "" : m.text());
                    mention.addBatch();
                }
            }
            entity.executeBatch();
            alias.executeBatch();
            link.executeBatch();
            mention.executeBatch();
        }
        try (PreparedStatement count = c.prepareStatement("""
                update entity e set article_count = e.article_count + 1, mention_count = e.mention_count + l.mention_count
                from article_entity l where l.article_id = ? and e.id = l.entity_id""")) {
            count.setObject(1, articleId);
            count.executeUpdate();
        }
    }

    private static void insertQuotes(Connection c, UUID articleId, EnrichedArticle article, Map<String, UUID> globalIds,
                                     Map<UUID, String> entityNames, Timestamp received) throws SQLException {
        List<Quote> quotes = nonNull(article.quotes());
        if (quotes.isEmpty()) {
            return;
        }
        try (PreparedStatement speaker = c.prepareStatement("""
                insert into speaker (key, entity_id, name) values (?, ?, ?) on conflict do nothing""");
             PreparedStatement quote = c.prepareStatement("""
                insert into quote (article_id, ordinal, text, start_offset, end_offset, speaker_name, speaker_entity_id,
                                   speaker_key, cue, kind, language, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            // Speakers in key order, so that concurrent transactions lock them in the same order.
            Map<UUID, String[]> speakers = new TreeMap<>();
            int ordinal = 0;
            for (Quote q : quotes) {
                if (q == null || q.text() == null || q.text().isBlank()) {
                    continue; // nothing to show or search
                }
                String speakerName = q.speaker() == null ? null : q.speaker().name();
                UUID speakerEntity = q.speaker() == null || q.speaker().entityId() == null ? null
                        : globalIds.get(q.speaker().entityId());
                UUID speakerKey = null;
                if (speakerEntity != null) {
                    speakerKey = speakerEntity;
                    speakers.putIfAbsent(speakerKey, new String[]{speakerEntity.toString(), entityNames.get(speakerEntity)});
                } else if (speakerName != null && !speakerName.isBlank()) {
                    speakerKey = EntityKeys.speakerKey(speakerName);
                    speakers.putIfAbsent(speakerKey, new String[]{null, speakerName.strip()});
                }
                quote.setObject(1, articleId);
                quote.setInt(2, ordinal++);
                quote.setString(3, q.text());
                quote.setInt(4, q.start());
                quote.setInt(5, q.end());
                quote.setString(6, speakerName);
                quote.setObject(7, speakerEntity, Types.OTHER);
                quote.setObject(8, speakerKey, Types.OTHER);
                quote.setString(9, q.cue());
                quote.setString(10, q.kind() == null ? null : q.kind().name());
                quote.setString(11, article.language());
                quote.setTimestamp(12, received);
                quote.addBatch();
            }
            for (Map.Entry<UUID, String[]> s : speakers.entrySet()) {
                speaker.setObject(1, s.getKey());
                speaker.setObject(2, s.getValue()[0] == null ? null : UUID.fromString(s.getValue()[0]), Types.OTHER);
                speaker.setString(3, s.getValue()[1]);
                speaker.addBatch();
            }
            speaker.executeBatch();
            quote.executeBatch();
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
