package io.newsroom.publish.service;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.MalformedEventException;
import io.newsroom.publish.persistence.ArticleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Stores enriched articles idempotently: the same revision again changes nothing, a newer revision replaces
 * the stored one in the same transaction, an older one arriving late is ignored.
 */
@ApplicationScoped
public class ArticleStore {

    @Transactional
    public StoreOutcome store(EnrichedArticle article, String json) {
        UUID id = parseId(article.id());
        if (article.revision() == null || article.receivedAt() == null) {
            throw new MalformedEventException("enriched article " + id + " lacks revision or receivedAt");
        }
        ArticleEntity existing = ArticleEntity.findById(id);
        if (existing != null) {
            if (existing.revision.equals(article.revision())) {
                return StoreOutcome.UNCHANGED;
            }
            if (micros(article.receivedAt()).isBefore(existing.receivedAt)) {
                return StoreOutcome.STALE;
            }
            fill(existing, article, json);
            return StoreOutcome.REVISED;
        }
        ArticleEntity created = new ArticleEntity();
        created.id = id;
        fill(created, article, json);
        created.persist();
        return StoreOutcome.CREATED;
    }

    private static void fill(ArticleEntity entity, EnrichedArticle article, String json) {
        entity.revision = article.revision();
        entity.title = article.title();
        entity.body = article.body();
        entity.language = article.language();
        entity.source = article.source();
        entity.url = article.url();
        entity.externalId = article.externalId();
        entity.publishedAt = article.publishedAt() == null ? null : micros(article.publishedAt());
        entity.receivedAt = micros(article.receivedAt());
        entity.enrichedAt = article.enrichedAt() == null ? null : micros(article.enrichedAt());
        entity.storedAt = micros(Instant.now());
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
