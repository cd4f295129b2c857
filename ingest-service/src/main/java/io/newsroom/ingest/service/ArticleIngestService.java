package io.newsroom.ingest.service;

import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.RawArticle;
import io.newsroom.ingest.kafka.RawArticlePublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Accepts articles: their identity and the acknowledged hand-over to Kafka. */
@ApplicationScoped
public class ArticleIngestService {

    private final RawArticlePublisher publisher;
    private final Duration sendTimeout;
    private final MeterRegistry registry;

    public ArticleIngestService(RawArticlePublisher publisher,
                                @ConfigProperty(name = "pipeline.ingest.send-timeout") Duration sendTimeout,
                                MeterRegistry registry) {
        this.publisher = publisher;
        this.sendTimeout = sendTimeout;
        this.registry = registry;
    }

    /** Counts an article refused for a reason (a problem title), for the rejected-articles metric. */
    public void countRejected(String reason) {
        registry.counter("newsroom.ingest.articles.rejected", "reason", reason).increment();
    }

    /**
     * Gives a parsed article its final id and the audit hash of the request body. The same article sent
     * again keeps its id: by (source, externalId) when the sender names them, else by the Idempotency-Key
     * header (for a batch, the key and the item's position). Derived, not remembered, so it holds across
     * restarts and instances.
     */
    public RawArticle identify(RawArticle raw, String idempotencyKey, int batchIndex, String bodySha256) {
        String id = stableId(raw, idempotencyKey, batchIndex);
        return (id == null ? raw : raw.withId(id)).withSourceSha256(bodySha256);
    }

    /** Completes when Kafka has the article; fails with a 503 problem when it cannot get there in time. */
    public Uni<RawArticle> accept(RawArticle article) {
        return publisher.publish(article)
                .ifNoItem().after(sendTimeout).fail()
                .onFailure().transform(failure -> {
                    Log.warnf("Article %s not accepted: Kafka did not acknowledge it (%s)", article.id(), failure.toString());
                    return ProblemException.unavailable(
                            "The article could not be handed to Kafka; it was not accepted. Retry later.", 5, failure);
                })
                .invoke(() -> {
                    registry.counter("newsroom.ingest.articles.accepted", "format",
                            article.contentType() == null ? "unknown" : article.contentType()).increment();
                    Log.infof("Accepted article %s revision %s (%s, %d chars)", article.id(), article.revision(),
                            article.contentType(), article.text().length());
                })
                .replaceWith(article);
    }

    /** Accepts every parsed item of a batch concurrently; each item's outcome is reported on its own. */
    public Uni<List<ItemOutcome>> acceptAll(List<Submission> submissions) {
        List<Uni<ItemOutcome>> outcomes = submissions.stream().map(submission -> {
            if (submission.problem() != null) {
                countRejected(submission.problem().title());
                return Uni.createFrom().item(ItemOutcome.refused(submission.index(), submission.problem()));
            }
            return accept(submission.article())
                    .map(article -> ItemOutcome.accepted(submission.index(), article))
                    .onFailure(ProblemException.class)
                    .recoverWithItem(failure -> ItemOutcome.refused(submission.index(), (ProblemException) failure));
        }).toList();
        return Uni.join().all(outcomes).andFailFast();
    }

    static String stableId(RawArticle raw, String idempotencyKey, int batchIndex) {
        if (raw.externalId() != null && !raw.externalId().isBlank()) {
            return ArticleSubmissions.idFor(raw.source(), raw.externalId().strip());
        }
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            String name = "idempotency:" + idempotencyKey.strip() + (batchIndex < 0 ? "" : "#" + batchIndex);
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return null;
    }

    /** What became of one item of a batch or feed. */
    public record ItemOutcome(int index, RawArticle article, ProblemException problem) {
        static ItemOutcome accepted(int index, RawArticle article) {
            return new ItemOutcome(index, article, null);
        }

        static ItemOutcome refused(int index, ProblemException problem) {
            return new ItemOutcome(index, null, problem);
        }
    }
}
