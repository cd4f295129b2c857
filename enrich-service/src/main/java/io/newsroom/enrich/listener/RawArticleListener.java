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
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code articles.raw}. Enrichment runs here, on a worker thread, one record after another; the
 * record is acknowledged (and so its offset committed, in order, by the throttled commit strategy) only once
 * its enriched article is on {@code articles.enriched}, which happens asynchronously while the next record
 * is enriched. A record that cannot be decoded, enriched or written is nacked, which sends it to
 * {@code articles.raw.dlq} with the reason in its headers instead of retrying forever; so does a record that
 * stopped the service itself (out of memory, say) {@code pipeline.enrich.max-interrupted-attempts} times
 * ({@link InterruptedRecords}).
 */
@ApplicationScoped
public class RawArticleListener {

    private static final CompletionStage<Void> DONE = CompletableFuture.completedFuture(null);

    private final EnrichmentService enrichment;
    private final EnrichedArticlePublisher publisher;
    private final DeadLetters deadLetters;
    private final InterruptedRecords interruptedRecords;
    private final int maxInterruptedAttempts;

    public RawArticleListener(EnrichmentService enrichment, EnrichedArticlePublisher publisher, DeadLetters deadLetters,
                              InterruptedRecords interruptedRecords,
                              @ConfigProperty(name = "pipeline.enrich.max-interrupted-attempts") int maxInterruptedAttempts) {
        this.enrichment = enrichment;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.interruptedRecords = interruptedRecords;
        this.maxInterruptedAttempts = maxInterruptedAttempts;
    }

    private CompletionStage<Void> deadLetter(Message<byte[]> record, Throwable reason) {
        return deadLetters.send(record, Topics.RAW_DLQ, reason);
    }

    @Incoming("articles-raw")
    @Blocking
    public CompletionStage<Void> onRawArticle(Message<byte[]> record) {
        // Where the record sits (absent for records not from Kafka, as in tests on the in-memory connector)
        IncomingKafkaRecordMetadata<?, ?> source = record.getMetadata(IncomingKafkaRecordMetadata.class).orElse(null);
        String id;
        byte[] json;
        try {
            if (source != null) {
                int interrupted = interruptedRecords.begin(source.getTopic(), source.getPartition(), source.getOffset());
                if (interrupted >= maxInterruptedAttempts) {
                    Log.errorf("Raw record %s-%d@%d stopped enrich-service %d times while it was being enriched;"
                            + " dead-lettering it", source.getTopic(), source.getPartition(), source.getOffset(), interrupted);
                    return deadLetter(record, new InterruptedEnrichmentException("enrich-service stopped " + interrupted
                            + " times while enriching this record (out of memory, a crash or a kill); not tried again"));
                }
            }
            RawArticle raw = ArticleJson.read(record.getPayload(), RawArticle.class);
            EnrichedArticle enriched = enrichment.enrich(raw);
            id = enriched.id();
            json = ArticleJson.writeBytes(enriched);
        } catch (RuntimeException | StackOverflowError e) {
            Log.warnf("Raw record cannot be enriched, dead-lettering it: %s", e.toString());
            return deadLetter(record, e instanceof StackOverflowError ? new IllegalStateException("stack overflow", e) : e);
        } finally {
            // Enriched and written as JSON (the memory-hungry part), or dead-lettered: either way not interrupted.
            if (source != null) {
                interruptedRecords.end(source.getTopic(), source.getPartition());
            }
        }
        try {
            publisher.publish(id, json).subscribe().with(
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
