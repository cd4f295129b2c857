package io.newsroom.enrich.kafka;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.quarkus.logging.Log;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;

/**
 * Puts enriched articles on {@code articles.enriched}, keyed by article id, and waits for the broker's
 * acknowledgement. A broker that is away is waited for (with backoff) rather than given up on: the raw
 * record's offset is committed only after this returns, so nothing is lost and nothing is skipped.
 */
@ApplicationScoped
public class EnrichedArticlePublisher {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final MutinyEmitter<String> emitter;
    private final Duration sendTimeout;

    public EnrichedArticlePublisher(@Channel("articles-enriched") MutinyEmitter<String> emitter,
                                    @ConfigProperty(name = "pipeline.enrich.send-timeout") Duration sendTimeout) {
        this.emitter = emitter;
        this.sendTimeout = sendTimeout;
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

    /**
     * Blocks until Kafka acknowledged the record.
     *
     * @throws InterruptedException          when the service is shutting down before that happened
     * @throws UnpublishableArticleException when the record can never be written (too large, say)
     */
    public void publish(EnrichedArticle article) throws InterruptedException {
        String json = ArticleJson.write(article);
        Duration backoff = Duration.ofMillis(200);
        for (int attempt = 1; ; attempt++) {
            try {
                Message<String> message = Message.of(json)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
                emitter.sendMessage(message).await().atMost(sendTimeout);
                return;
            } catch (RuntimeException e) {
                if (isPermanent(e)) {
                    throw new UnpublishableArticleException("enriched article " + article.id() + " cannot be written to "
                            + "Kafka: " + rootMessage(e), e);
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("shutting down before article " + article.id() + " was sent");
                }
                Log.warnf("Enriched article %s not acknowledged by Kafka (attempt %d: %s); retrying in %d ms",
                        article.id(), attempt, e.toString(), backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
