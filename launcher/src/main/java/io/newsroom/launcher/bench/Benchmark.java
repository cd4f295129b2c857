package io.newsroom.launcher.bench;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.Topics;
import io.newsroom.infra.Ports;
import io.newsroom.launcher.Pipeline;
import io.newsroom.launcher.PipelineSettings;
import io.newsroom.launcher.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * {@code ./pipeline bench}: the pipeline's speed next to the raw speed of its own parts, measured in one run
 * on one machine. Stages are measured one at a time (the others stopped) so that each has the machine, then
 * the whole pipeline end to end. Prints a table, writes JSON and a PNG chart under bench-results/, and ends
 * with the summary line {@code e2e_per_s=… e2e_p99_ms=… ingest_per_s=… kafka_baseline_per_s=…
 * enrich_per_s_core=… rss_mb_max=…}.
 */
public final class Benchmark {

    /** Sizes of one run. */
    public record Plan(int baselineRecords, int ingestArticles, int steadySeconds, int steadyRate, int floodArticles,
                       int concurrency, int articlesPerSize) {
        public static Plan quick() {
            return new Plan(20_000, 2_000, 30, 100, 2_000, 16, 20);
        }

        public static Plan full() {
            return new Plan(100_000, 6_000, 120, 100, 6_000, 32, 100);
        }
    }

    /** Articles a request, and clients, of the batched ingest run. */
    static final int BATCH_SIZE = 100;
    static final int BATCH_CLIENTS = 4;
    /** Article lengths (words) at which the cost of one enrichment is measured. */
    static final int[] SIZES_WORDS = {150, 500, 1_500, 5_000};
    /** Unmeasured requests before each size's measured ones: the REST path is cold until then. */
    private static final int WARM_UP_PER_SIZE = 20;
    /** Articles a new enrich instance enriches over REST before the scaling run measures it. */
    private static final int REPLICA_WARM_UP = 300;
    /** Enrich instances in the scaling run (one consumer group, six partitions). */
    static final int[] INSTANCES = {1, 2, 3};

    private final Path home;
    private final Plan plan;
    private final PrintStream out;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final ArticleGenerator generator = new ArticleGenerator(42);
    private int articleIndex;
    /** Extra enrich instances of the scaling run, while they live (their memory is sampled too). */
    private final List<ServiceProcess> replicas = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Benchmark(Path home, Plan plan, PrintStream out) {
        this.home = home;
        this.plan = plan;
        this.out = out;
    }

    public Map<String, Object> run() throws Exception {
        Path dataDir = Files.createTempDirectory("pipeline-bench");
        PipelineSettings settings = new PipelineSettings(home, dataDir, Ports.findFree(), Ports.findFree(),
                Ports.findFree(), Ports.findFree(), Ports.findFree(), Ports.findFree(), Optional.empty(), Optional.empty(),
                "postgres", "postgres");
        results.put("date", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "java", System.getProperty("java.version")));
        results.put("plan", plan);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("pipeline", Optional.ofNullable(Benchmark.class.getPackage().getImplementationVersion()).orElse("dev"));
        versions.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        versions.put("kafka", org.apache.kafka.common.utils.AppInfoParser.getVersion());
        results.put("versions", versions);
        // One load generator is one API key: its rate limit would cap what is measured.
        try (Pipeline pipeline = new Pipeline(settings, out)
                .withServiceEnvironment(Map.of("PIPELINE_INGEST_RATE_LIMIT_REQUESTS_PER_SECOND", "0")).start();
             ResourceSampler rss = new ResourceSampler(() -> pids(pipeline, replicas))) {
            // Ctrl-C or a kill must not leave the services, Kafka and PostgreSQL of the run behind.
            Thread cleanUp = new Thread(() -> {
                replicas.forEach(replica -> replica.stop(Duration.ofSeconds(10)));
                pipeline.close();
            }, "bench-clean-up");
            Runtime.getRuntime().addShutdownHook(cleanUp);
            try {
                measure(pipeline);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanUp);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is already running
                }
            }
            results.put("rss_mb", rss.peakMb());
        }
        return results;
    }

    /** The measurements, one after the other, on the running pipeline. */
    private void measure(Pipeline pipeline) throws Exception {
        try (Connection db = connect(pipeline); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            @SuppressWarnings("unchecked")
            Map<String, String> versions = (Map<String, String>) results.get("versions");
            versions.put("postgresql", rs.getString(1));
        }
        String ingestUrl = pipeline.service("ingest-service").url();
        step("warm-up: 300 articles through the whole pipeline");
        HttpLoad warm = new HttpLoad(ingestUrl, pipeline.apiKey());
        warm.flood(articles(300), 8);
        awaitStored(pipeline, warm.acceptedAt.keySet(), Duration.ofMinutes(3));

        // the mean record of the generated load (the generator's own sequence is left as it is)
        ArticleGenerator sizes = new ArticleGenerator(7);
        int recordBytes = (int) java.util.stream.IntStream.range(0, 100).map(i -> ArticleJson.write(
                ArticleSubmissions.fromPlainText("00000000-0000-0000-0000-000000000000", sizes.next(i), Instant.now()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8).length).average().orElse(0);
        kafkaBaseline(pipeline, recordBytes);
        ingestAlone(pipeline, ingestUrl);
        enrichAlone(pipeline);
        enrichBySize(pipeline);
        publishAlone(pipeline);
        postgresBaseline(pipeline);
        steadyLatency(pipeline, ingestUrl);
        endToEndThroughput(pipeline, ingestUrl);
        enrichScaling(pipeline, ingestUrl); // last: it leaves publish-service stopped behind a backlog
    }

    private void kafkaBaseline(Pipeline pipeline, int recordBytes) throws Exception {
        step("Kafka producer baseline: " + plan.baselineRecords() + " records of " + recordBytes + " bytes, acks=all");
        String topic = "bench.baseline";
        try (Admin admin = admin(pipeline)) {
            admin.createTopics(List.of(new NewTopic(topic, Topics.PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        byte[] payload = new byte[recordBytes];
        Arrays.fill(payload, (byte) 'x');
        String value = new String(payload, java.nio.charset.StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < plan.baselineRecords(); i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i), value));
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        put("kafka_baseline_per_s", plan.baselineRecords() / seconds);
        put("record_bytes", recordBytes);
        try (Admin admin = admin(pipeline)) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        }
    }

    /** ingest-service with the machine to itself: enrich and publish are stopped meanwhile. */
    private void ingestAlone(Pipeline pipeline, String ingestUrl) throws Exception {
        step("ingest alone: " + plan.ingestArticles() + " articles, " + plan.concurrency() + " concurrent clients");
        pipeline.service("enrich-service").stop(Duration.ofSeconds(30));
        pipeline.service("publish-service").stop(Duration.ofSeconds(30));
        HttpLoad load = new HttpLoad(ingestUrl, pipeline.apiKey());
        double seconds = load.flood(articles(plan.ingestArticles()), plan.concurrency());
        put("ingest_per_s", load.acceptedAt.size() / seconds);
        put("ingest_refused", load.refused.get());
        // The same number again in NDJSON batches: each request waits for its acks once, not once an article.
        step("ingest alone, batches: " + plan.ingestArticles() + " articles, " + BATCH_SIZE + " a request, "
                + BATCH_CLIENTS + " concurrent clients");
        HttpLoad batches = new HttpLoad(ingestUrl, pipeline.apiKey());
        double batchSeconds = batches.floodBatches(articles(plan.ingestArticles()), BATCH_SIZE, BATCH_CLIENTS);
        put("ingest_batch_per_s", batches.acceptedAt.size() / batchSeconds);
        put("ingest_batch_refused", batches.refused.get());
        Set<String> backlog = new java.util.HashSet<>(load.acceptedAt.keySet());
        backlog.addAll(batches.acceptedAt.keySet());
        results.put("backlog_ids", backlog);
    }

    /** enrich-service alone drains the backlog ingest left; its CPU time gives articles per core-second. */
    private void enrichAlone(Pipeline pipeline) throws Exception {
        step("enrich alone: draining the raw articles ingest left");
        ServiceProcess enrich = pipeline.service("enrich-service");
        enrich.startAgain();
        enrich.awaitReady(Duration.ofMinutes(3));
        var stagesBefore = new AtomicReference<Map<String, double[]>>();
        Drain drain = timedDrain(pipeline, List.of(enrich), () -> stagesBefore.set(EnrichStageTimes.scrape(enrich.url())));
        long backlog = drain.articles();
        Duration cpu = drain.cpu();
        put("enrich_per_s", drain.perSecond());
        put("enrich_per_s_core", drain.perCpuSecond());
        // Where the CPU goes: each stage's mean time per article, and the rest of the process's CPU per article
        // (JSON, Kafka client, HTTP, GC, other threads).
        Map<String, Double> stageMs = EnrichStageTimes.meanMsSince(stagesBefore.get(), EnrichStageTimes.scrape(enrich.url()));
        double cpuMsPerArticle = cpu.toNanos() / 1e6 / Math.max(1, backlog);
        Map<String, Double> perArticle = new LinkedHashMap<>(stageMs);
        perArticle.put("outside stages", Math.max(0, cpuMsPerArticle - stageMs.values().stream().mapToDouble(d -> d).sum()));
        results.put("enrich_cpu_ms_per_article", perArticle);
        perArticle.forEach((stage, ms) -> out.printf("bench:   enrich %s = %.3f ms/article%n", stage, ms));
    }

    /**
     * The cost of one enrichment as articles grow: {@code POST /enrichments} on enrich-service, one client, the
     * same generator at several lengths.
     */
    private void enrichBySize(Pipeline pipeline) throws Exception {
        step("enrich cost by article size: " + plan.articlesPerSize() + " articles each of " + Arrays.toString(SIZES_WORDS) + " words");
        String url = pipeline.service("enrich-service").url();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int words : SIZES_WORDS) {
            List<Long> nanos = new ArrayList<>();
            for (int i = -WARM_UP_PER_SIZE; i < plan.articlesPerSize(); i++) { // the first ones warm the path up
                String text = generator.withWords(articleIndex++, words);
                long start = System.nanoTime();
                enrich(pipeline, url, text);
                if (i >= 0) {
                    nanos.add(System.nanoTime() - start);
                }
            }
            nanos.sort(Long::compare);
            double meanMs = nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("words", words);
            row.put("mean_ms", meanMs);
            row.put("p95_ms", percentile(nanos, 0.95) / 1e6);
            row.put("words_per_s", words / Math.max(1e-9, meanMs / 1000));
            rows.add(row);
            out.printf("bench:   %,d words: %.1f ms mean, %.1f ms p95 (%,.0f words/s)%n", words, meanMs,
                    percentile(nanos, 0.95) / 1e6, words / Math.max(1e-9, meanMs / 1000));
        }
        results.put("enrich_by_size", rows);
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    /** {@code POST /enrichments} of one text/plain article. */
    private static void enrich(Pipeline pipeline, String serviceUrl, String text) throws Exception {
        java.net.http.HttpResponse<Void> response = HTTP.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(serviceUrl + "/enrichments"))
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .header("X-Api-Key", pipeline.apiKey())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(text)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /enrichments answered " + response.statusCode());
        }
    }

    private void enrichNow(Pipeline pipeline, String serviceUrl, int articles, int words) throws Exception {
        for (int i = 0; i < articles; i++) {
            enrich(pipeline, serviceUrl, generator.withWords(articleIndex++, words));
        }
    }

    /**
     * 1, 2 and 3 enrich instances in one consumer group draining the same size of backlog: how enrichment scales
     * with consumers on this machine. Instances are added one at a time and warmed over REST before the backlog
     * is posted (a new JVM compiles for its first few hundred articles); the first third of each backlog is not
     * timed either. Publish is stopped meanwhile (the run ends with these articles unstored).
     */
    private void enrichScaling(Pipeline pipeline, String ingestUrl) throws Exception {
        ServiceProcess enrich = pipeline.service("enrich-service");
        pipeline.service("publish-service").stop(Duration.ofSeconds(30));
        List<ServiceProcess> running = new ArrayList<>(List.of(enrich));
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (int instances : INSTANCES) {
                while (running.size() < instances) {
                    ServiceProcess replica = enrich.replica(running.size() + 1, Ports.findFree());
                    replicas.add(replica);
                    running.add(replica);
                    replica.start();
                    replica.awaitReady(Duration.ofMinutes(3));
                    enrichNow(pipeline, replica.url(), REPLICA_WARM_UP, 500);
                }
                step("enrich scaling: " + instances + " instance(s) draining " + plan.floodArticles() + " raw articles");
                new HttpLoad(ingestUrl, pipeline.apiKey()).floodBatches(articles(plan.floodArticles()), BATCH_SIZE, BATCH_CLIENTS);
                Drain drain = timedDrain(pipeline, running, () -> { });
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("instances", instances);
                row.put("per_s", drain.perSecond());
                row.put("per_s_core", drain.perCpuSecond());
                rows.add(row);
                out.printf("bench:   %d instance(s): %.1f articles/s, %.1f per CPU-second (%d articles timed)%n",
                        instances, drain.perSecond(), drain.perCpuSecond(), drain.articles());
            }
        } finally {
            for (ServiceProcess replica : replicas) {
                replica.stop(Duration.ofSeconds(30));
            }
            replicas.clear();
        }
        results.put("enrich_scaling", rows);
    }

    /** What enrich instances did while draining the raw topic: articles, wall time and their processes' CPU. */
    private record Drain(long articles, double seconds, Duration cpu) {
        double perSecond() {
            return articles / seconds;
        }

        double perCpuSecond() {
            return articles / Math.max(0.001, cpu.toMillis() / 1000.0);
        }
    }

    /** Something to read just as the timed part starts. */
    @FunctionalInterface
    private interface AtStart {
        void run() throws Exception;
    }

    /**
     * Times the enrich instances draining what is left of the raw topic. The first third is left untimed: it warms
     * the JIT, whose compiler threads' CPU would count against enrichment.
     */
    private Drain timedDrain(Pipeline pipeline, List<ServiceProcess> instances, AtStart atStart) throws Exception {
        long left = lag(pipeline, "enrich-service", Topics.RAW);
        while (lag(pipeline, "enrich-service", Topics.RAW) > left * 2 / 3) {
            Thread.sleep(50);
        }
        Duration cpuBefore = instances.stream().map(Benchmark::cpu).reduce(Duration.ZERO, Duration::plus);
        long backlog = lag(pipeline, "enrich-service", Topics.RAW);
        atStart.run();
        long start = System.nanoTime();
        awaitNoLag(pipeline, "enrich-service", Topics.RAW, Duration.ofMinutes(20));
        double seconds = (System.nanoTime() - start) / 1e9;
        Duration cpu = instances.stream().map(Benchmark::cpu).reduce(Duration.ZERO, Duration::plus).minus(cpuBefore);
        return new Drain(backlog, seconds, cpu);
    }

    private void publishAlone(Pipeline pipeline) throws Exception {
        step("publish alone: storing the enriched articles");
        ServiceProcess publish = pipeline.service("publish-service");
        publish.startAgain();
        publish.awaitReady(Duration.ofMinutes(3));
        Duration publishCpuBefore = cpu(publish);
        Duration postgresCpuBefore = postgresCpu(pipeline);
        long start = System.nanoTime();
        @SuppressWarnings("unchecked")
        Set<String> backlog = (Set<String>) results.remove("backlog_ids");
        awaitStored(pipeline, backlog, Duration.ofMinutes(20));
        put("publish_store_per_s", backlog.size() / ((System.nanoTime() - start) / 1e9));
        // Which side of the JDBC connection the time is spent on
        put("publish_cpu_ms_per_article", cpu(publish).minus(publishCpuBefore).toNanos() / 1e6 / backlog.size());
        put("postgres_cpu_ms_per_article", postgresCpu(pipeline).minus(postgresCpuBefore).toNanos() / 1e6 / backlog.size());
    }

    /** CPU of the PostgreSQL server: the postmaster and all its processes (backends, WAL writer, checkpointer). */
    private static Duration postgresCpu(Pipeline pipeline) throws Exception {
        Optional<ProcessHandle> postmaster;
        try (Connection db = connect(pipeline); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            // asked while the connection (and so this backend process) is still there
            postmaster = ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent);
        }
        if (postmaster.isEmpty()) {
            return Duration.ZERO; // an external server: not ours to see
        }
        return java.util.stream.Stream.concat(postmaster.stream(), postmaster.get().descendants())
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Plain batched JDBC inserts of the same article rows: the ceiling publish's store rate is measured against.
     * Then the same into a copy of the table with its full-text search column and indexes, which shows how much of
     * publish's cost is PostgreSQL indexing the text (publish also writes entities, mentions and quotes).
     */
    private void postgresBaseline(Pipeline pipeline) throws Exception {
        step("PostgreSQL baseline: batched JDBC inserts of the same rows (plain table, then with search indexes)");
        try (Connection db = connect(pipeline); Statement s = db.createStatement()) {
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select revision, title, body, language, received_at, enriched::text from article")) {
                while (rs.next()) {
                    rows.add(new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5), rs.getString(6)});
                }
            }
            put("postgres_baseline_per_s", insertRate(db, rows, "including defaults"));
            put("postgres_indexed_baseline_per_s", insertRate(db, rows, "including all"));
        }
    }

    private static double insertRate(Connection db, List<Object[]> rows, String like) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("create table bench_baseline (like article " + like + ")");
            db.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("insert into bench_baseline (id, revision, title, body,"
                    + " language, received_at, enriched) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?::jsonb)")) {
                int n = 0;
                for (Object[] row : rows) {
                    insert.setString(1, (String) row[0]);
                    insert.setString(2, (String) row[1]);
                    insert.setString(3, (String) row[2]);
                    insert.setString(4, (String) row[3]);
                    insert.setTimestamp(5, (Timestamp) row[4]);
                    insert.setString(6, (String) row[5]);
                    insert.addBatch();
                    if (++n % 100 == 0) {
                        insert.executeBatch();
                        db.commit();
                    }
                }
                insert.executeBatch();
                db.commit();
            }
            double rate = rows.size() / ((System.nanoTime() - start) / 1e9);
            db.setAutoCommit(true);
            s.execute("drop table bench_baseline");
            return rate;
        }
    }

    /** A fixed offered rate below saturation: latency from the 202 to the article being stored. */
    private void steadyLatency(Pipeline pipeline, String ingestUrl) throws Exception {
        int count = plan.steadySeconds() * plan.steadyRate();
        step("end to end at " + plan.steadyRate() + " articles/s offered for " + plan.steadySeconds() + " s");
        HttpLoad load = new HttpLoad(ingestUrl, pipeline.apiKey());
        load.steady(articles(count), plan.steadyRate());
        awaitStored(pipeline, load.acceptedAt.keySet(), Duration.ofMinutes(5));
        List<Long> latencies = new ArrayList<>();
        Map<String, Instant> stored = storedAt(pipeline, load.acceptedAt.keySet());
        load.acceptedAt.forEach((id, acceptedMillis) -> {
            Instant at = stored.get(id);
            if (at != null) {
                latencies.add(Math.max(0, at.toEpochMilli() - acceptedMillis));
            }
        });
        latencies.sort(Long::compare);
        put("e2e_p50_ms", percentile(latencies, 0.50));
        put("e2e_p95_ms", percentile(latencies, 0.95));
        put("e2e_p99_ms", percentile(latencies, 0.99));
        put("e2e_max_ms", latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
    }

    /** As fast as the pipeline goes: from the first 202 to the last article stored. */
    private void endToEndThroughput(Pipeline pipeline, String ingestUrl) throws Exception {
        step("end to end saturated: " + plan.floodArticles() + " articles");
        HttpLoad load = new HttpLoad(ingestUrl, pipeline.apiKey());
        long start = System.nanoTime();
        load.flood(articles(plan.floodArticles()), plan.concurrency());
        awaitStored(pipeline, load.acceptedAt.keySet(), Duration.ofMinutes(20));
        put("e2e_per_s", load.acceptedAt.size() / ((System.nanoTime() - start) / 1e9));
    }

    // ---- helpers ----

    private List<String> articles(int count) {
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(generator.next(articleIndex++));
        }
        return list;
    }

    private void awaitStored(Pipeline pipeline, Set<String> ids, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int stored = 0;
        while (Instant.now().isBefore(deadline)) {
            stored = storedAt(pipeline, ids).size();
            if (stored >= ids.size()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("only " + stored + " of " + ids.size() + " articles stored within " + timeout);
    }

    private Map<String, Instant> storedAt(Pipeline pipeline, Set<String> ids) throws Exception {
        Map<String, Instant> stored = new HashMap<>();
        if (ids.isEmpty()) {
            return stored;
        }
        try (Connection db = connect(pipeline);
             PreparedStatement select = db.prepareStatement("select id::text, stored_at from article where id = any(?::uuid[])")) {
            select.setArray(1, db.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        return stored;
    }

    private void awaitNoLag(Pipeline pipeline, String group, String topic, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (lag(pipeline, group, topic) <= 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(group + " did not catch up on " + topic + " within " + timeout);
    }

    /** Records on the topic the group has not committed yet. */
    private static long lag(Pipeline pipeline, String group, String topic) throws Exception {
        try (Admin admin = admin(pipeline)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < Topics.PARTITIONS; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .mapToLong(e -> e.getValue().offset() - Optional.ofNullable(committed.get(e.getKey()))
                            .map(OffsetAndMetadata::offset).orElse(0L)).sum();
        }
    }

    private static Duration cpu(ServiceProcess service) {
        return service.process().toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static Admin admin(Pipeline pipeline) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrapServers()));
    }

    private static Connection connect(Pipeline pipeline) throws Exception {
        return DriverManager.getConnection(pipeline.postgres().jdbcUrl(Pipeline.DATABASE), "postgres", "postgres");
    }

    private static Map<String, Long> pids(Pipeline pipeline, List<ServiceProcess> replicas) {
        return java.util.stream.Stream.concat(pipeline.services().stream(), replicas.stream())
                .filter(s -> s.process() != null && s.process().isAlive())
                .collect(Collectors.toMap(ServiceProcess::name, s -> s.process().pid()));
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private void put(String name, Number value) {
        results.put(name, value);
        out.printf("bench:   %s = %s%n", name, value instanceof Double d ? String.format("%.1f", d) : value);
    }

    private void step(String what) {
        out.printf("bench: %s%n", what);
    }
}
