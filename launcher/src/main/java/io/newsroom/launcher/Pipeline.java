package io.newsroom.launcher;

import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.Ports;
import io.newsroom.infra.PostgresServer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline on one machine: Kafka and PostgreSQL (embedded unless external ones are configured)
 * and the three services as supervised processes. Data lives under the data directory and survives a
 * restart. One pipeline per data directory: a second start is refused with a clear message.
 */
public final class Pipeline implements AutoCloseable {

    public static final String DATABASE = "newsroom";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(45);

    private final PipelineSettings settings;
    private final PrintStream console;
    private final List<ServiceProcess> services = new ArrayList<>();
    private FileChannel lockChannel;
    private FileLock lock;
    private KafkaBroker kafka;
    private PostgresServer postgres;
    private String apiKey;
    private final Map<String, String> serviceEnvironment = new HashMap<>();
    private final Map<String, String> javaOptions = new HashMap<>();
    private volatile boolean closed;

    public Pipeline(PipelineSettings settings, PrintStream console) {
        this.settings = settings;
        this.console = console;
    }

    /** Extra environment for every service process (set before {@link #start()}), e.g. for the benchmark. */
    public Pipeline withServiceEnvironment(Map<String, String> environment) {
        serviceEnvironment.putAll(environment);
        return this;
    }

    /**
     * JVM options for one service (set before {@link #start()}), in place of its defaults and of the
     * {@code PIPELINE_<SERVICE>_JAVA_OPTS} environment variable; e.g. a smaller heap for a test.
     */
    public Pipeline withJavaOptions(String service, String options) {
        javaOptions.put(service, options);
        return this;
    }

    /** Starts everything and returns once all three services are ready. */
    public Pipeline start() {
        try {
            Files.createDirectories(settings.dataDir().resolve("logs"));
        } catch (IOException e) {
            throw new LauncherException("Cannot create " + settings.dataDir() + ": " + e.getMessage());
        }
        acquireLock();
        checkPorts();
        apiKey = ensureApiKey();

        String bootstrap;
        if (settings.embeddedKafka()) {
            console.printf("Starting Kafka (KRaft, embedded) on 127.0.0.1:%d ...%n", settings.kafkaPort());
            kafka = KafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
            kafka.createPipelineTopics();
            bootstrap = kafka.bootstrapServers();
        } else {
            bootstrap = settings.externalKafka().orElseThrow();
            console.printf("Using Kafka at %s%n", bootstrap);
        }
        String dbUrl;
        if (settings.embeddedPostgres()) {
            console.printf("Starting PostgreSQL (embedded) on 127.0.0.1:%d ...%n", settings.postgresPort());
            postgres = PostgresServer.start(settings.dataDir().resolve("postgres"), settings.postgresPort());
            postgres.ensureDatabase(DATABASE);
            dbUrl = postgres.jdbcUrl(DATABASE);
        } else {
            dbUrl = settings.externalDbUrl().orElseThrow();
            console.printf("Using PostgreSQL at %s%n", dbUrl);
        }

        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        common.put("PIPELINE_SECURITY_API_KEY_FILE", settings.dataDir().resolve("api-key").toString());
        common.put("PIPELINE_PUBLISH_URL", "http://localhost:" + settings.publishPort());
        Map<String, String> publishEnv = new HashMap<>(common);
        publishEnv.put("PIPELINE_DB_URL", dbUrl);
        publishEnv.put("PIPELINE_DB_USER", settings.embeddedPostgres() ? PostgresServer.USER : settings.dbUser());
        publishEnv.put("PIPELINE_DB_PASSWORD", settings.embeddedPostgres() ? PostgresServer.PASSWORD : settings.dbPassword());

        services.add(service("publish-service", settings.publishPort(), publishEnv));
        Map<String, String> enrichEnv = new HashMap<>(common);
        // Which record each partition is enriching, kept across restarts: a record that kills the service is
        // dead-lettered after two tries instead of killing it for ever (InterruptedRecords).
        enrichEnv.put("PIPELINE_ENRICH_STATE_DIR", settings.dataDir().resolve("enrich-service").toString());
        services.add(service("enrich-service", settings.enrichPort(), enrichEnv));
        services.add(service("ingest-service", settings.ingestPort(), common));
        console.println("Starting publish-service, enrich-service and ingest-service ...");
        for (ServiceProcess service : services) {
            service.start();
        }
        for (ServiceProcess service : services) {
            service.awaitReady(READY_TIMEOUT);
        }
        writePids();
        return this;
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public String apiKey() {
        return apiKey;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafka != null ? kafka.bootstrapServers() : settings.externalKafka().orElseThrow();
    }

    /** What a user needs to start using the pipeline. */
    public String summary() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("ingest-service", service("ingest-service").url() + "   POST /articles");
        rows.put("enrich-service", service("enrich-service").url() + "   POST /enrichments");
        rows.put("publish-service", service("publish-service").url() + "   GET /articles");
        rows.put("Kafka", kafkaBootstrapServers() + (kafka != null ? "   embedded, data in " + relative(settings.dataDir().resolve("kafka")) : ""));
        rows.put("PostgreSQL", postgres != null ? postgres.jdbcUrl(DATABASE) + "   embedded, data in "
                + relative(settings.dataDir().resolve("postgres")) : settings.externalDbUrl().orElseThrow());
        rows.put("API key", apiKey + "   (" + relative(settings.dataDir().resolve("api-key")) + ")");
        rows.put("Logs", relative(settings.dataDir().resolve("logs")) + "/");
        StringBuilder out = new StringBuilder("The newsroom pipeline is up.\n");
        rows.forEach((name, value) -> out.append(String.format("  %-16s %s%n", name, value)));
        out.append(String.format("Try:%n  curl -i -H \"X-Api-Key: %s\" -H 'Content-Type: text/plain; charset=utf-8' "
                + "--data-binary @article.txt %s/articles%n", apiKey, service("ingest-service").url()));
        out.append(String.format("  curl %s/articles%n", service("publish-service").url()));
        return out.toString();
    }

    /** Stops ingest first (no new input), then enrich and publish (each drains), then Kafka and PostgreSQL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (lock == null) {
            return; // another pipeline owns this data directory: nothing here is ours to stop
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            ServiceProcess service = services.get(i);
            console.printf("Stopping %s ...%n", service.name());
            service.stop(STOP_GRACE);
        }
        if (kafka != null) {
            console.println("Stopping Kafka ...");
            kafka.stop();
        }
        if (postgres != null) {
            console.println("Stopping PostgreSQL ...");
            postgres.stop();
        }
        try {
            Files.deleteIfExists(settings.dataDir().resolve("pids"));
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
        console.println("Stopped.");
    }

    /**
     * Every service: the serial collector (one core's worth of work per service; the parallel collectors'
     * per-thread structures cost resident memory) and no cache of large temporary direct buffers. The JDK copies a
     * heap buffer into a thread-cached direct one for each socket read or write and by default keeps the largest it
     * ever used: the Kafka client's reads left 9 MB of them in enrich-service (NMT "Other", under the bench's load);
     * with the cap, buffers over 64 KB are freed after use (2 MB left).
     */
    static final String COMMON_JAVA_OPTS = "-XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djdk.nio.maxCachedBufferSize=65536";
    /** The services' JVM: a 256 MB heap cap. */
    static final String DEFAULT_JAVA_OPTS = "-Xms64m -Xmx256m " + COMMON_JAVA_OPTS;
    /**
     * enrich-service's live heap is about 56 MB (the two entity models 23 MB, dictionaries, gazetteers, language
     * models, a morphology cache bounded at 15 MB) and it holds one poll of articles at a time. The largest articles
     * ingest accepts (2 MB) set the cap: their record, text and enriched JSON (read and written as UTF-8 bytes, no
     * String copies) and the analysis of the first 200,000 characters are some 20 MB more at the peak. PipelineIT
     * sends three such shapes; the most demanding, a megabyte of quote marks, went through at 80 MB and not at 76 MB
     * (2026-11-27), so 88 MB leaves a tenth in hand. A larger cap only lets garbage pile up and count as resident.
     * The young generation is fixed at 16 MB: by default it would take a third of the heap, leaving the old
     * generation 59 MB for 56 MB of live data, and the bench then spent most of its time in full collections (1,920
     * of them, 184 s, on one instance).
     */
    static final String ENRICH_JAVA_OPTS = "-Xms64m -Xmx88m -Xmn16m " + COMMON_JAVA_OPTS;

    private ServiceProcess service(String name, int port, Map<String, String> env) {
        Map<String, String> environment = new HashMap<>(env);
        environment.putAll(serviceEnvironment);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // glibc gives each thread that allocates its own 64 MB arena; two keep the JVM's native memory compact
        environment.putIfAbsent("MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"));
        String defaults = (name.equals("enrich-service") ? ENRICH_JAVA_OPTS : DEFAULT_JAVA_OPTS) + NATIVE_HEAP_TRIM;
        String options = javaOptions.getOrDefault(name, System.getenv().getOrDefault(
                "PIPELINE_" + name.replace("-service", "").toUpperCase() + "_JAVA_OPTS",
                System.getenv().getOrDefault("PIPELINE_JAVA_OPTS", defaults)));
        List<String> jvm = List.of(options.trim().split("\\s+"));
        Path jar = settings.home().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        return new ServiceProcess(name, jar, port, environment, jvm, settings.dataDir().resolve("logs").resolve(name + ".log"),
                console);
    }

    /**
     * Gives native memory the JIT and the class loaders freed back to the system every two seconds: glibc keeps it
     * otherwise, and it was 40 MB of enrich-service's resident memory after start-up. Only on JVMs that have the
     * option (recent Java 17 updates and later); the services run on the launcher's own Java.
     */
    static final String NATIVE_HEAP_TRIM = hasVmOption("TrimNativeHeapInterval") ? " -XX:TrimNativeHeapInterval=2000" : "";

    private static boolean hasVmOption(String option) {
        try {
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption(option);
            return true;
        } catch (IllegalArgumentException | NullPointerException absent) {
            return false;
        }
    }

    private void acquireLock() {
        Path lockFile = settings.dataDir().resolve("pipeline.lock");
        try {
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // this very JVM holds it: a pipeline is running here
        } catch (IOException e) {
            throw new LauncherException("Cannot lock " + lockFile + ": " + e.getMessage());
        }
        if (lock == null) {
            String pid = readOr(settings.dataDir().resolve("launcher.pid"), "unknown");
            throw new LauncherException("A pipeline is already running from " + settings.dataDir() + " (launcher pid "
                    + pid + "). Stop it first (Ctrl-C in its terminal, or kill " + pid + ").");
        }
        writeFile(settings.dataDir().resolve("launcher.pid"), Long.toString(ProcessHandle.current().pid()));
        stopLeftovers();
    }

    /** Processes a killed launcher left behind (it had no chance to stop them) would hold the ports. */
    private void stopLeftovers() {
        Path pids = settings.dataDir().resolve("pids");
        if (!Files.exists(pids)) {
            return;
        }
        for (String line : readOr(pids, "").split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(parts[1])).filter(ProcessHandle::isAlive).ifPresent(orphan -> {
                String command = orphan.info().commandLine().orElse("");
                if (command.contains("quarkus-run.jar") || command.contains("kafka.Kafka")) {
                    console.printf("Stopping %s left over from an earlier run (pid %d)%n", parts[0], orphan.pid());
                    orphan.destroy();
                    orphan.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> {
                        orphan.destroyForcibly();
                        return orphan;
                    }).join();
                }
            });
        }
    }

    private void writePids() {
        StringBuilder pids = new StringBuilder();
        if (kafka != null) {
            pids.append("kafka ").append(kafka.pid()).append('\n');
        }
        for (ServiceProcess service : services) {
            pids.append(service.name()).append(' ').append(service.process().pid()).append('\n');
        }
        writeFile(settings.dataDir().resolve("pids"), pids.toString());
    }

    private void checkPorts() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(settings.ingestPort(), "ingest-service (PIPELINE_INGEST_PORT)");
        ports.put(settings.enrichPort(), "enrich-service (PIPELINE_ENRICH_PORT)");
        ports.put(settings.publishPort(), "publish-service (PIPELINE_PUBLISH_PORT)");
        if (settings.embeddedKafka()) {
            ports.put(settings.kafkaPort(), "the embedded Kafka broker (PIPELINE_KAFKA_PORT)");
            ports.put(settings.kafkaControllerPort(), "the embedded Kafka controller (PIPELINE_KAFKA_CONTROLLER_PORT)");
        }
        if (settings.embeddedPostgres()) {
            ports.put(settings.postgresPort(), "the embedded PostgreSQL (PIPELINE_DB_PORT)");
        }
        List<String> busy = new ArrayList<>();
        ports.forEach((port, user) -> {
            if (!Ports.isFree(port)) {
                busy.add("port " + port + ", needed by " + user);
            }
        });
        if (!busy.isEmpty()) {
            throw new LauncherException("Cannot start: already in use: " + String.join("; ", busy)
                    + ". Stop what uses it, or choose another port with the variable named.");
        }
    }

    private String ensureApiKey() {
        Path file = settings.dataDir().resolve("api-key");
        if (Files.exists(file)) {
            String key = readOr(file, "").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .findFirst().orElse("");
            if (!key.isEmpty()) {
                return key;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = "dev-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writeFile(file, key + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException ignored) {
            // not a POSIX file system: the key is still written
        }
        return key;
    }

    private String relative(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static String readOr(Path file, String fallback) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return fallback;
        }
    }

    private static void writeFile(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
