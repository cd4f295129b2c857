package io.newsroom.common.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Sends a record to its channel's dead-letter topic (the connector's failure strategy does that on nack,
 * with the reason in the record's headers) and counts it in {@code newsroom_dead_letters_total}.
 * <p>
 * A dead letter that cannot be written (the broker away longer than the producer waits, a record it refuses) is
 * logged and counted in {@code newsroom_dead_letters_failed_total} but not passed on: a failed nack would stop the
 * whole channel, silently, until a restart. The record stays unacknowledged instead, so its offset is not committed
 * and it is read again after the next restart or rebalance; the records after it go on meanwhile.
 */
@ApplicationScoped
public class DeadLetters {

    private final MeterRegistry registry;

    public DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    public CompletionStage<Void> send(Message<?> record, String deadLetterTopic, Throwable reason) {
        registry.counter("newsroom.dead.letters", "topic", deadLetterTopic, "reason", reason.getClass().getSimpleName())
                .increment();
        return record.nack(reason).exceptionally(failure -> {
            registry.counter("newsroom.dead.letters.failed", "topic", deadLetterTopic).increment();
            Log.errorf("A record could not be written to %s (%s); it stays uncommitted and is read again after the"
                    + " next restart or rebalance. Its reason for dead-lettering: %s", deadLetterTopic, failure, reason);
            return null;
        });
    }
}
