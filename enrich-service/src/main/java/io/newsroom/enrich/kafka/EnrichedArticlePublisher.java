package io.newsroom.enrich.kafka;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Puts enriched articles on {@code articles.enriched}, keyed by article id. Sends are asynchronous so that
 * enrichment of the next article overlaps the broker round trip; at most {@link #MAX_IN_FLIGHT} records and
 * {@link #MAX_IN_FLIGHT_KB} KB of JSON are pending, which holds the consumer back when the broker is slow or away
 * (by count alone, a run of 2 MB articles could have held hundreds of MB of JSON in a 100 MB heap). A broker that
 * is away is retried with backoff, without end: the raw record is acknowledged only once its enriched record is
 * on Kafka.
 */
@ApplicationScoped
public class EnrichedArticlePublisher {

    static final int MAX_IN_FLIGHT = 512;
    /** Pending JSON, in KB of UTF-8: room for a few of the largest articles (2 MB of text, ~5 MB of JSON). */
    static final int MAX_IN_FLIGHT_KB = 12 * 1024;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final MutinyEmitter<byte[]> emitter;
    private final Duration sendTimeout;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Semaphore inFlightKb = new Semaphore(MAX_IN_FLIGHT_KB);

    public EnrichedArticlePublisher(@Channel("articles-enriched") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                                    MutinyEmitter<byte[]> emitter,
                                    @ConfigProperty(name = "pipeline.enrich.send-timeout") Duration sendTimeout) {
        this.emitter = emitter;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Sends an enriched article's JSON under its id; completes when Kafka acknowledged the record, fails with {@link UnpublishableArticleException} when it
     * never can (too large, say). Blocks the calling worker while {@link #MAX_IN_FLIGHT} sends, or sends of
     * {@link #MAX_IN_FLIGHT_KB} KB of JSON, are pending (a record larger than that waits until it is alone).
     */
    public Uni<Void> publish(String id, byte[] json) throws InterruptedException {
        int kb = (int) Math.min(MAX_IN_FLIGHT_KB, json.length / 1024L + 1);
        inFlightKb.acquire(kb);
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            inFlightKb.release(kb);
            throw e;
        }
        return Uni.createFrom().deferred(() -> emitter.sendMessage(Message.of(json)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(id).build())))
                .ifNoItem().after(sendTimeout).fail()
                .onFailure(failure -> !isPermanent(failure)).invoke(failure ->
                        Log.warnf("Enriched article %s not acknowledged by Kafka yet (%s); retrying", id, failure.toString()))
                .onFailure(failure -> !isPermanent(failure)).retry().withBackOff(Duration.ofMillis(200), MAX_BACKOFF).indefinitely()
                .onFailure().transform(failure -> new UnpublishableArticleException("enriched article " + id
                        + " cannot be written to Kafka: " + rootMessage(failure), failure))
                .onTermination().invoke(() -> {
                    inFlight.release();
                    inFlightKb.release(kb);
                });
    }

    /** Failures that no retry can mend: the record itself is unacceptable to the broker or the client. */
    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof InvalidRecordException
                    || t instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
