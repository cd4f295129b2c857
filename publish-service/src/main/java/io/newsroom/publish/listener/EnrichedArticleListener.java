package io.newsroom.publish.listener;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.MalformedEventException;
import io.newsroom.publish.service.ArticleStore;
import io.newsroom.publish.service.StoreOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.common.kafka.DeadLetters;
import io.newsroom.events.Topics;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Consumes {@code articles.enriched}. A record is acknowledged (its offset committed) only after its
 * transaction committed. Failures are classified: a record that can never be stored (undecodable, invalid,
 * rejected by the database as data) goes to {@code articles.enriched.dlq}; a database that is unreachable is
 * waited for with backoff, holding the partition so that nothing is skipped.
 */
@ApplicationScoped
public class EnrichedArticleListener {

    static final int MAX_ATTEMPTS_FOR_UNKNOWN_FAILURES = 3;
    private static final long MAX_BACKOFF_MS = 15_000;

    private final ArticleStore store;
    private final DeadLetters deadLetters;
    private final MeterRegistry registry;
    private final Timer storeTimer;

    public EnrichedArticleListener(ArticleStore store, DeadLetters deadLetters, MeterRegistry registry) {
        this.store = store;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.storeTimer = Timer.builder("newsroom.publish.store").description("Storing one enriched article (one transaction)")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    private CompletionStage<Void> deadLetter(Message<String> record, Throwable reason) {
        return deadLetters.send(record, Topics.ENRICHED_DLQ, reason);
    }

    @Incoming("articles-enriched")
    @Blocking
    public CompletionStage<Void> onEnrichedArticle(Message<String> record) {
        EnrichedArticle article;
        try {
            article = ArticleJson.read(record.getPayload(), EnrichedArticle.class);
        } catch (MalformedEventException e) {
            Log.warnf("Enriched record cannot be decoded, dead-lettering it: %s", e.getMessage());
            return deadLetter(record, e);
        }
        long backoffMs = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                long start = System.nanoTime();
                StoreOutcome outcome = store.store(article, record.getPayload());
                storeTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                registry.counter("newsroom.publish.articles", "outcome", outcome.name()).increment();
                Log.infof("Stored article %s revision %s: %s", article.id(), article.revision(), outcome);
                return record.ack();
            } catch (MalformedEventException e) {
                Log.warnf("Enriched article %s is invalid, dead-lettering it: %s", article.id(), e.getMessage());
                return deadLetter(record, e);
            } catch (RuntimeException e) {
                boolean transientFailure = isTransient(e);
                if (!transientFailure && attempt >= MAX_ATTEMPTS_FOR_UNKNOWN_FAILURES) {
                    Log.errorf(e, "Article %s could not be stored after %d attempts, dead-lettering it", article.id(), attempt);
                    return deadLetter(record, e);
                }
                Log.warnf("Article %s not stored yet (attempt %d, %s); retrying in %d ms", article.id(), attempt,
                        rootMessage(e), backoffMs);
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    // Not acknowledged: delivered again after the restart.
                    return CompletableFuture.failedFuture(interrupted);
                }
                backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
            }
        }
    }

    /**
     * Connection problems, resource shortages, an administrator's shutdown and serialization conflicts pass;
     * data errors (SQLSTATE 22xxx, 23xxx, ...) do not.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null) {
                    return true; // pool acquisition timeouts and closed connections carry no state
                }
                return state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                        || state.equals("40001") || state.equals("40P01") || state.startsWith("58");
            }
            if (t.getClass().getName().contains("JDBCConnectionException")
                    || t.getClass().getName().contains("AcquisitionTimeout")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
