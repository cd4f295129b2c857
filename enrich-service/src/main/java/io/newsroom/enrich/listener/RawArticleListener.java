package io.newsroom.enrich.listener;

import io.newsroom.enrich.kafka.EnrichedArticlePublisher;
import io.newsroom.enrich.service.EnrichmentService;
import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.RawArticle;
import io.newsroom.events.Topics;
import io.newsroom.common.kafka.DeadLetters;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code articles.raw}. Enrichment runs here, on a worker thread, one record after another; the
 * record is acknowledged (and so its offset committed, in order, by the throttled commit strategy) only once
 * its enriched article is on {@code articles.enriched}, which happens asynchronously while the next record
 * is enriched. A record that cannot be decoded, enriched or written is nacked, which sends it to
 * {@code articles.raw.dlq} with the reason in its headers instead of retrying forever.
 */
@ApplicationScoped
public class RawArticleListener {

    private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

    private final EnrichmentService enrichment;
    private final EnrichedArticlePublisher publisher;
    private final DeadLetters deadLetters;

    public RawArticleListener(EnrichmentService enrichment, EnrichedArticlePublisher publisher, DeadLetters deadLetters) {
        this.enrichment = enrichment;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
    }

    private CompletionStage<Void> deadLetter(Message<String> record, Throwable reason) {
        return deadLetters.send(record, Topics.RAW_DLQ, reason);
    }

    @Incoming("articles-raw")
    @Blocking
    public CompletionStage<Void> onRawArticle(Message<String> record) {
        EnrichedArticle enriched;
        try {
            RawArticle raw = ArticleJson.read(record.getPayload(), RawArticle.class);
            enriched = enrichment.enrich(raw);
        } catch (RuntimeException | StackOverflowError e) {
            Log.warnf("Raw record cannot be enriched, dead-lettering it: %s", e.toString());
            return deadLetter(record, e instanceof StackOverflowError ? new IllegalStateException("stack overflow", e) : e);
        }
        try {
            publisher.publish(enriched).subscribe().with(
                    sent -> record.ack(),
                    failure -> {
                        Log.warnf("Enriched article cannot be written to Kafka, dead-lettering its raw record: %s",
                                failure.getMessage());
                        deadLetter(record, failure);
                    });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Not acknowledged: the record is delivered again after the restart.
            return CompletableFuture.failedFuture(e);
        }
        // Acknowledged (or dead-lettered) asynchronously above; the next record is enriched meanwhile.
        return DONE;
    }
}
