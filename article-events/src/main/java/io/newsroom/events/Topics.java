package io.newsroom.events;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The pipeline's topics. Records are keyed by article id, so every revision of one article lands on one
 * partition and is processed in order; the partition count bounds how many consumers of a group can share
 * the load, so it is set explicitly instead of left to broker defaults.
 */
public final class Topics {

    /** ingest-service to enrich-service: {@link RawArticle} JSON. */
    public static final String RAW = "articles.raw";
    /** enrich-service to publish-service: {@link EnrichedArticle} JSON. */
    public static final String ENRICHED = "articles.enriched";
    /** Raw records enrich-service could not process, with the reason in headers. */
    public static final String RAW_DLQ = "articles.raw.dlq";
    /** Enriched records publish-service could not store, with the reason in headers. */
    public static final String ENRICHED_DLQ = "articles.enriched.dlq";

    public static final int PARTITIONS = 6;

    public static final List<String> ALL = List.of(RAW, ENRICHED, RAW_DLQ, ENRICHED_DLQ);

    private Topics() {
    }

    /**
     * Creates the missing topics with {@link #PARTITIONS} partitions and the given replication factor.
     * Existing topics are left as they are.
     */
    public static void ensureExist(Admin admin, short replicationFactor, long timeoutMs)
            throws InterruptedException, TimeoutException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
        List<NewTopic> missing = ALL.stream()
                .filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, PARTITIONS, replicationFactor))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // Another service created it between our list and create: that is the outcome we wanted.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
