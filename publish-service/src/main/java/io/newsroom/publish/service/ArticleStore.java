package io.newsroom.publish.service;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.MalformedEventException;
import io.newsroom.publish.persistence.ArticleEntity;
import io.newsroom.publish.persistence.DerivedRows;
import io.newsroom.publish.query.ArticleSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores enriched articles idempotently: the same revision from the same enricher again changes nothing, a
 * newer revision (or the same one enriched by a newer enricher, see ./pipeline reprocess) replaces
 * the stored one and everything derived from it (entity links, mentions, quotes) in the same transaction, an
 * older one arriving late is only kept in the revision history.
 */
@ApplicationScoped
public class ArticleStore {

    private final EntityManager em;
    private final Event<ArticlePublished> published;

    public ArticleStore(EntityManager em, Event<ArticlePublished> published) {
        this.em = em;
        this.published = published;
    }

    /** One enriched article and the record's JSON, as stored in the revision history. */
    public record Incoming(EnrichedArticle article, String json) {
    }

    @Transactional
    public StoreOutcome store(EnrichedArticle article, String json) {
        return storeOne(article, json);
    }

    /**
     * Stores several articles, in order, in one transaction: one commit (and one WAL flush) for a whole
     * consumer batch instead of one per article. All or nothing; the caller falls back to {@link #store}
     * one by one to find an article the database refuses.
     */
    @Transactional
    public List<StoreOutcome> storeAll(List<Incoming> articles) {
        List<StoreOutcome> outcomes = new ArrayList<>(articles.size());
        for (Incoming incoming : articles) {
            outcomes.add(storeOne(incoming.article(), incoming.json()));
        }
        return outcomes;
    }

    private StoreOutcome storeOne(EnrichedArticle article, String json) {
        UUID id = parseId(article.id());
        if (article.revision() == null || article.receivedAt() == null) {
            throw new MalformedEventException("enriched article " + id + " lacks revision or receivedAt");
        }
        ArticleEntity existing = ArticleEntity.findById(id);
        StoreOutcome outcome;
        ArticleEntity stored;
        if (existing == null) {
            stored = new ArticleEntity();
            stored.id = id;
            fill(stored, article, json);
            stored.persist();
            outcome = StoreOutcome.CREATED;
        } else if (existing.revision.equals(article.revision())
                && java.util.Objects.equals(existing.enricher, article.enricher())) {
            // Enrichment is deterministic per revision and enricher: a redelivery or replay changes nothing.
            return StoreOutcome.UNCHANGED;
        } else if (micros(article.receivedAt()).isBefore(existing.receivedAt)) {
            rememberRevision(id, article, json);
            return StoreOutcome.STALE;
        } else {
            stored = existing;
            fill(stored, article, json);
            outcome = StoreOutcome.REVISED;
        }
        // The article row first: the derived rows reference it.
        em.flush();
        boolean revised = outcome == StoreOutcome.REVISED;
        em.unwrap(Session.class).doWork(connection -> {
            if (revised) {
                DerivedRows.delete(connection, id);
            }
            DerivedRows.insert(connection, id, article, stored.receivedAt);
        });
        rememberRevision(id, article, json);
        published.fire(new ArticlePublished(new ArticleSummary(id.toString(), stored.revision, stored.title,
                stored.language, stored.source, stored.url, stored.publishedAt, stored.receivedAt, stored.summary),
                outcome));
        return outcome;
    }

    /** The revision history keeps every revision once, the stale ones too. */
    private void rememberRevision(UUID id, EnrichedArticle article, String json) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("""
                    insert into article_revision (article_id, revision, received_at, enriched_at, title, enriched)
                    values (?, ?, ?, ?, ?, ?::jsonb) on conflict do nothing""")) {
                s.setObject(1, id);
                s.setString(2, article.revision());
                s.setTimestamp(3, Timestamp.from(micros(article.receivedAt())));
                s.setTimestamp(4, article.enrichedAt() == null ? null : Timestamp.from(micros(article.enrichedAt())));
                s.setString(5, article.title());
                s.setString(6, json);
                s.executeUpdate();
            }
        });
    }

    private static void fill(ArticleEntity entity, EnrichedArticle article, String json) {
        entity.revision = article.revision();
        entity.title = article.title();
        entity.subtitle = article.subtitle();
        entity.lead = article.lead();
        entity.body = article.body();
        entity.language = article.language();
        entity.source = article.source();
        entity.url = article.url();
        entity.externalId = article.externalId();
        entity.publishedAt = article.publishedAt() == null ? null : micros(article.publishedAt());
        entity.receivedAt = micros(article.receivedAt());
        entity.enrichedAt = article.enrichedAt() == null ? null : micros(article.enrichedAt());
        entity.storedAt = micros(Instant.now());
        EnrichedArticle.Metadata metadata = article.metadata();
        entity.summary = metadata == null ? null : metadata.summary();
        entity.wordCount = metadata == null ? null : metadata.wordCount();
        entity.readingTimeMinutes = metadata == null ? null : metadata.readingTimeMinutes();
        entity.enricher = article.enricher();
        entity.enriched = json;
    }

    /** PostgreSQL keeps microseconds; cursors compare what is stored. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (RuntimeException e) {
            throw new MalformedEventException("enriched article id is not a UUID: " + id);
        }
    }
}
