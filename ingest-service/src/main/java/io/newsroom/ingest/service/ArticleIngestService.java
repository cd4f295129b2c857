package io.newsroom.ingest.service;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.RawArticle;
import io.newsroom.ingest.kafka.RawArticlePublisher;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Accepts an article: identity, decoding rules, and the hand-over to Kafka. */
@ApplicationScoped
public class ArticleIngestService {

    private final RawArticlePublisher publisher;
    private final Duration sendTimeout;

    public ArticleIngestService(RawArticlePublisher publisher,
                                @ConfigProperty(name = "pipeline.ingest.send-timeout") Duration sendTimeout) {
        this.publisher = publisher;
        this.sendTimeout = sendTimeout;
    }

    /** Parses and validates; throws InvalidArticleException for input the caller must fix. */
    public RawArticle parse(IncomingArticle incoming, Instant receivedAt) {
        String provisionalId = UUID.randomUUID().toString();
        RawArticle raw = switch (incoming.format()) {
            case PLAIN_TEXT -> ArticleSubmissions.fromPlainText(provisionalId, incoming.text(), receivedAt);
            case JSON -> ArticleSubmissions.fromJson(provisionalId, incoming.text(), receivedAt);
        };
        String id = stableId(raw, incoming.idempotencyKey());
        return id == null ? raw : withId(raw, id);
    }

    /** Completes when Kafka has the article; fails with a 503 problem when it cannot get there in time. */
    public Uni<RawArticle> accept(RawArticle article) {
        return publisher.publish(article)
                .ifNoItem().after(sendTimeout).fail()
                .onFailure().transform(failure -> {
                    Log.warnf("Article %s not accepted: Kafka did not acknowledge it (%s)", article.id(), failure.toString());
                    return ProblemException.unavailable(
                            "The article could not be handed to Kafka; nothing was accepted. Retry later.", 5, failure);
                })
                .replaceWith(article);
    }

    /**
     * The same article sent again keeps its id: by (source, externalId) when the sender names them, else by
     * the Idempotency-Key header.
     */
    static String stableId(RawArticle raw, String idempotencyKey) {
        if (raw.externalId() != null && !raw.externalId().isBlank()) {
            return ArticleSubmissions.idFor(raw.source(), raw.externalId().strip());
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            return UUID.nameUUIDFromBytes(("idempotency:" + idempotencyKey.strip()).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
        return null;
    }

    private static RawArticle withId(RawArticle r, String id) {
        return new RawArticle(r.schemaVersion(), id, r.revision(), r.receivedAt(), r.contentType(), r.title(), r.body(),
                r.text(), r.url(), r.externalId(), r.source(), r.publishedAt(), r.language(), r.authors(), r.extra());
    }
}
