package io.newsroom.common.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * Sends a record to its channel's dead-letter topic (the connector's failure strategy does that on nack,
 * with the reason in the record's headers) and counts it in {@code newsroom_dead_letters_total}.
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
        return record.nack(reason);
    }
}
