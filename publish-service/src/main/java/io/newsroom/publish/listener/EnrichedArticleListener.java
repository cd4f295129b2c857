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

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Consumes {@code articles.enriched} in batches (one poll, up to 100 records, one transaction). A record is
 * acknowledged (its offset committed) only after its transaction committed. Failures are classified: a record that can never be stored (undecodable, invalid,
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
        this.storeTimer = Timer.builder("newsroom.publish.store")
                .description("One storing transaction: a consumer batch of enriched articles (or one, when isolating a refused one)")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    private CompletionStage<Void> deadLetter(Message<String> record, Throwable reason) {
        return deadLetters.send(record, Topics.ENRICHED_DLQ, reason);
    }

    /** A record whose value decoded to an article. */
    private record Decoded(KafkaRecord<String, String> record, EnrichedArticle article) {
    }

    /**
     * One poll's records (up to {@code max.poll.records}) at a time: the valid ones are stored in one
     * transaction, then each record is acknowledged; a record that cannot be decoded is dead-lettered alone.
     */
    @Incoming("articles-enriched")
    @Blocking
    public CompletionStage<Void> onEnrichedArticles(KafkaRecordBatch<String, String> batch) {
        List<CompletionStage<Void>> settled = new ArrayList<>();
        List<Decoded> decoded = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                decoded.add(new Decoded(record, ArticleJson.read(record.getPayload(), EnrichedArticle.class)));
            } catch (MalformedEventException e) {
                Log.warnf("Enriched record cannot be decoded, dead-lettering it: %s", e.getMessage());
                settled.add(deadLetter(record, e));
            }
        }
        try {
            if (!decoded.isEmpty()) {
                settled.addAll(storeTogether(decoded));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            // Not acknowledged: delivered again after the restart.
            return CompletableFuture.failedFuture(interrupted);
        }
        return CompletableFuture.allOf(settled.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    /**
     * One transaction for the batch, retried while the database is away; when the database refuses the batch
     * as data (one bad article), each article is stored alone so that only the bad one is dead-lettered.
     */
    private List<CompletionStage<Void>> storeTogether(List<Decoded> batch) throws InterruptedException {
        List<ArticleStore.Incoming> articles = batch.stream()
                .map(d -> new ArticleStore.Incoming(d.article(), d.record().getPayload())).toList();
        long backoffMs = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                long start = System.nanoTime();
                List<StoreOutcome> outcomes = store.storeAll(articles);
                storeTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                List<CompletionStage<Void>> acks = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    stored(batch.get(i), outcomes.get(i));
                    acks.add(batch.get(i).record().ack());
                }
                return acks;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    Log.warnf("A batch of %d articles was refused (%s); storing them one by one", batch.size(),
                            rootMessage(e));
                    List<CompletionStage<Void>> settled = new ArrayList<>(batch.size());
                    for (Decoded d : batch) {
                        settled.add(storeAlone(d));
                    }
                    return settled;
                }
                Log.warnf("A batch of %d articles is not stored yet (attempt %d, %s); retrying in %d ms", batch.size(),
                        attempt, rootMessage(e), backoffMs);
                Thread.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
            }
        }
    }

    private void stored(Decoded d, StoreOutcome outcome) {
        registry.counter("newsroom.publish.articles", "outcome", outcome.name()).increment();
        // Logged under the record's own trace (each record of a batch carries the one ingest started).
        Context trace = TracingMetadata.fromMessage(d.record()).map(TracingMetadata::getCurrentContext).orElse(null);
        try (Scope ignored = trace == null ? Scope.noop() : trace.makeCurrent()) {
            Log.infof("Stored article %s revision %s: %s", d.article().id(), d.article().revision(), outcome);
        }
    }

    /** One article in its own transaction: invalid ones are dead-lettered, unknown failures after a few tries. */
    private CompletionStage<Void> storeAlone(Decoded d) throws InterruptedException {
        KafkaRecord<String, String> record = d.record();
        EnrichedArticle article = d.article();
        long backoffMs = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                long start = System.nanoTime();
                StoreOutcome outcome = store.store(article, record.getPayload());
                storeTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                stored(d, outcome);
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
                Thread.sleep(backoffMs);
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
