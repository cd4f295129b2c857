package io.newsroom.launcher;

import io.newsroom.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./pipeline status}: each service's health, what flowed through each topic in the last minute,
 * how far each consumer group lags, and how many records were dead-lettered. Kafka is the source of the
 * flow figures (offsets at now and a minute ago), so they are right whichever instance did the work.
 */
public final class PipelineStatus {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PipelineSettings settings;
    private final PrintStream out;

    public PipelineStatus(PipelineSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public void print() throws Exception {
        out.printf("%-16s %-6s %s%n", "service", "ready", "url");
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("ingest-service", settings.ingestPort());
        ports.put("enrich-service", settings.enrichPort());
        ports.put("publish-service", settings.publishPort());
        ports.forEach((name, port) -> out.printf("%-16s %-6s http://localhost:%d%n", name, health(port), port));
        out.println();

        String bootstrap = settings.externalKafka().orElse("127.0.0.1:" + settings.kafkaPort());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            Map<String, Long> end = totals(admin, OffsetSpec.latest());
            Map<String, Long> minuteAgo = totals(admin, OffsetSpec.forTimestamp(System.currentTimeMillis() - 60_000));
            out.printf("%-22s %12s %14s%n", "topic", "records", "last minute");
            for (String topic : Topics.ALL) {
                long records = end.getOrDefault(topic, 0L);
                out.printf("%-22s %12d %10.1f/s%n", topic, records,
                        (records - minuteAgo.getOrDefault(topic, records)) / 60.0);
            }
            out.println();
            out.printf("%-18s %-20s %10s%n", "consumer group", "topic", "lag");
            for (Map.Entry<String, String> group : Map.of("enrich-service", Topics.RAW, "publish-service", Topics.ENRICHED).entrySet()) {
                out.printf("%-18s %-20s %10d%n", group.getKey(), group.getValue(), lag(admin, group.getKey(), group.getValue()));
            }
            out.println();
            out.printf("dead letters: %s=%d %s=%d%n", Topics.RAW_DLQ, end.getOrDefault(Topics.RAW_DLQ, 0L),
                    Topics.ENRICHED_DLQ, end.getOrDefault(Topics.ENRICHED_DLQ, 0L));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            out.printf("Kafka at %s does not answer (%s): is the pipeline up?%n", bootstrap, e.getClass().getSimpleName());
        }
    }

    private static String health(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "UP" : "DOWN";
        } catch (Exception e) {
            return "OFF";
        }
    }

    /**
     * Records per topic up to the given point (summed over partitions). For a timestamp before a partition's
     * first record Kafka answers that first offset; after its last, -1, which counts as its end.
     */
    private static Map<String, Long> totals(Admin admin, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (String topic : Topics.ALL) {
            for (int p = 0; p < Topics.PARTITIONS; p++) {
                request.put(new TopicPartition(topic, p), spec);
            }
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = spec instanceof OffsetSpec.LatestSpec ? offsets
                : admin.listOffsets(latestOf(request)).all().get(10, TimeUnit.SECONDS);
        Map<String, Long> totals = new HashMap<>();
        offsets.forEach((partition, info) -> {
            long offset = info.offset() >= 0 ? info.offset() : latest.get(partition).offset();
            totals.merge(partition.topic(), offset, Long::sum);
        });
        return totals;
    }

    private static Map<TopicPartition, OffsetSpec> latestOf(Map<TopicPartition, OffsetSpec> request) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        request.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        return latest;
    }

    private static long lag(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < Topics.PARTITIONS; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        long lag = 0;
        for (var entry : admin.listOffsets(request).all().get(10, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata position = committed.get(entry.getKey());
            lag += entry.getValue().offset() - (position == null ? 0 : position.offset());
        }
        return lag;
    }
}
