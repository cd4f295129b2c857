package io.newsroom.launcher;

import io.newsroom.events.Topics;
import io.newsroom.infra.Ports;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault run: a fresh embedded pipeline takes a steady stream of articles and some poison records while
 * its services are killed and its Kafka broker and PostgreSQL are restarted; then what was accepted (202) is
 * compared with what is stored. Ends with the line
 * {@code accepted=N stored=N lost=0 duplicated=0 dead_lettered=P}.
 */
public final class ChaosRun {

    public static final int POISON_RECORDS = 10;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final Path home;
    private final int articles;
    private final int ratePerSecond;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ChaosRun(Path home, int articles, int ratePerSecond, PrintStream out) {
        this.home = home;
        this.articles = articles;
        this.ratePerSecond = ratePerSecond;
        this.out = out;
    }

    /** The figures of one run. */
    public record Result(int accepted, int stored, int lost, int duplicated, int deadLettered) {
        public String summaryLine() {
            return "accepted=" + accepted + " stored=" + stored + " lost=" + lost + " duplicated=" + duplicated
                    + " dead_lettered=" + deadLettered;
        }
    }

    public Result run() throws Exception {
        Path dataDir = Files.createTempDirectory("pipeline-chaos");
        PipelineSettings settings = new PipelineSettings(home, dataDir, Ports.findFree(), Ports.findFree(),
                Ports.findFree(), Ports.findFree(), Ports.findFree(), Ports.findFree(), Optional.empty(), Optional.empty(),
                "postgres", "postgres");
        out.printf("chaos: starting a fresh embedded pipeline in %s%n", dataDir);
        try (Pipeline pipeline = new Pipeline(settings, out).start()) {
            Map<Integer, String> accepted = new ConcurrentHashMap<>();
            Thread load = new Thread(() -> sendArticles(pipeline, settings, accepted), "chaos-load");
            load.start();
            injectFaults(pipeline, load);
            load.join();
            sendPoison(pipeline);
            out.printf("chaos: %d articles accepted; waiting for the pipeline to settle ...%n", accepted.size());
            return settle(pipeline, accepted);
        }
    }

    /** Steady offered rate; each article has its own Idempotency-Key, so a retried send keeps its id. */
    private void sendArticles(Pipeline pipeline, PipelineSettings settings, Map<Integer, String> accepted) {
        URI ingest = URI.create("http://localhost:" + settings.ingestPort() + "/articles");
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        long next = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            next += intervalNanos;
            String text = "Сводка номер " + i + "\n\nChaos marker chaos-" + i + ". Городские службы сообщили о ходе работ "
                    + "на объекте номер " + i + "; движение организовано в обычном режиме.";
            Instant giveUp = Instant.now().plusSeconds(120);
            while (Instant.now().isBefore(giveUp)) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(ingest)
                            .timeout(Duration.ofSeconds(30))
                            .header("X-Api-Key", pipeline.apiKey())
                            .header("Idempotency-Key", "chaos-" + i)
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 202) {
                        Matcher id = ID.matcher(response.body());
                        if (id.find()) {
                            accepted.put(i, id.group(1));
                        }
                        break;
                    }
                } catch (IOException e) {
                    // ingest is restarting: not accepted, try again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                sleepMillis(200);
            }
            if ((i + 1) % Math.max(1, articles / 10) == 0) {
                out.printf("chaos: sent %d/%d (accepted %d)%n", i + 1, articles, accepted.size());
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                sleepMillis(TimeUnit.NANOSECONDS.toMillis(wait));
            }
        }
    }

    /** While the load runs: every fault the issue names, spread over the run. */
    private void injectFaults(Pipeline pipeline, Thread load) {
        long runMillis = (long) articles * 1000 / ratePerSecond;
        List<Runnable> faults = new ArrayList<>(List.of(
                () -> kill(pipeline, "enrich-service"),
                () -> {
                    out.println("chaos: restart ingest-service (SIGTERM; the supervisor starts it again)");
                    pipeline.service("ingest-service").process().destroy();
                },
                () -> kill(pipeline, "publish-service"),
                () -> {
                    out.println("chaos: SIGTERM Kafka broker, restart");
                    pipeline.kafka().stop();
                    reportNotReady(pipeline, "ingest-service", "Kafka");
                    sleepMillis(2000);
                    pipeline.kafka().start();
                },
                () -> kill(pipeline, "enrich-service"),
                () -> {
                    out.println("chaos: SIGTERM PostgreSQL, restart");
                    pipeline.postgres().stop();
                    reportNotReady(pipeline, "publish-service", "PostgreSQL");
                    sleepMillis(2000);
                    pipeline.postgres().start();
                },
                () -> kill(pipeline, "publish-service")));
        // Each fault at its own fraction of the run, whatever the faults before it took.
        long start = System.currentTimeMillis();
        for (int i = 0; i < faults.size(); i++) {
            long at = start + runMillis * (i + 1) / (faults.size() + 1);
            sleepMillis(Math.max(0, at - System.currentTimeMillis()));
            faults.get(i).run();
        }
    }

    /** A service whose server is down must say so on /q/health/ready (orchestrators route by it). */
    private void reportNotReady(Pipeline pipeline, String service, String server) {
        Instant until = Instant.now().plusSeconds(15);
        while (Instant.now().isBefore(until)) {
            if (!pipeline.service(service).isReady()) {
                out.printf("chaos: %s reports not ready while %s is down%n", service, server);
                return;
            }
            sleepMillis(200);
        }
        out.printf("chaos: %s still reported ready 15 s after %s went down%n", service, server);
    }

    private void kill(Pipeline pipeline, String service) {
        out.printf("chaos: SIGKILL %s%n", service);
        pipeline.service(service).kill();
    }

    /** Records that are not articles at all, straight onto articles.raw: each must end in a dead-letter topic. */
    private void sendPoison(Pipeline pipeline) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < POISON_RECORDS; i++) {
                producer.send(new ProducerRecord<>(Topics.RAW, "poison-" + i, i % 2 == 0 ? "{not json " + i
                        : "{\"schemaVersion\":1,\"text\":\"no id " + i + "\"}")).get(30, TimeUnit.SECONDS);
            }
        }
        out.printf("chaos: sent %d poison records%n", POISON_RECORDS);
    }

    private Result settle(Pipeline pipeline, Map<Integer, String> accepted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        Set<String> acceptedIds = Set.copyOf(accepted.values());
        int stored = 0;
        int deadLettered = 0;
        while (Instant.now().isBefore(deadline)) {
            stored = storedCount(pipeline, acceptedIds);
            deadLettered = deadLettered(pipeline);
            if (stored == acceptedIds.size() && deadLettered >= POISON_RECORDS) {
                break;
            }
            sleepMillis(2000);
        }
        int duplicated = duplicatedCount(pipeline);
        return new Result(accepted.size(), stored, accepted.size() - stored, duplicated, deadLettered);
    }

    private int storedCount(Pipeline pipeline, Set<String> ids) {
        try (Connection c = connect(pipeline)) {
            return StoredArticles.count(c, ids);
        } catch (SQLException e) {
            return 0;
        }
    }

    /** An article stored under two ids would show its marker twice. */
    private int duplicatedCount(Pipeline pipeline) throws SQLException {
        try (Connection c = connect(pipeline); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(sum(n - 1), 0) from (select substring(body from 'chaos-[0-9]+') m,"
                     + " count(*) n from article group by m having count(*) > 1) d")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int deadLettered(Pipeline pipeline) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            long total = 0;
            for (String topic : List.of(Topics.RAW_DLQ, Topics.ENRICHED_DLQ)) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
                for (TopicPartition partition : partitions) {
                    total += end.get(partition) - begin.get(partition);
                }
            }
            return (int) total;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Connection connect(Pipeline pipeline) throws SQLException {
        return DriverManager.getConnection(pipeline.postgres().jdbcUrl(Pipeline.DATABASE), "postgres", "postgres");
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
