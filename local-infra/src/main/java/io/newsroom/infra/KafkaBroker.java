package io.newsroom.infra;

import io.newsroom.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker (KRaft, one node acting as broker and controller) in a JVM process of its own,
 * started from the Maven Central artifacts. Its data directory survives {@link #stop()}, so a broker started
 * again on the same directory keeps its topics and records.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Path logFile;
    private Process process;

    private KafkaBroker(Path dataDir, int port, int controllerPort) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.logFile = this.dataDir.resolve("broker.log");
    }

    /** Formats the storage on first use, starts the broker and waits until it answers an admin request. */
    public static KafkaBroker start(Path dataDir, int port, int controllerPort) {
        KafkaBroker broker = new KafkaBroker(dataDir, port, controllerPort);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Starts (again) on the same data directory. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        for (int p : new int[]{port, controllerPort}) {
            if (!Ports.isFree(p)) {
                throw new IllegalStateException("Kafka cannot start: port " + p + " is already in use");
            }
        }
        try {
            Files.createDirectories(dataDir);
            Path config = writeConfig();
            if (!Files.exists(dataDir.resolve("log").resolve("meta.properties"))) {
                format(config);
            }
            List<String> command = javaCommand("kafka.Kafka", config.toString());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start", e);
        }
        awaitReady();
    }

    /** SIGTERM and wait: the broker flushes and closes its logs cleanly. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    /** Creates the pipeline's topics (see {@link Topics}) when they are missing. */
    public void createPipelineTopics() {
        try (Admin admin = admin()) {
            Topics.ensureExist(admin, (short) 1, 30_000);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the pipeline topics on " + bootstrapServers(), e);
        }
    }

    private Path writeConfig() throws IOException {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("log"),
                "num.partitions=" + Topics.PARTITIONS,
                // Topics are created explicitly with their partition count; a typo must not create a new one.
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // Room for long articles: the ingest limit plus headroom for JSON escaping.
                "message.max.bytes=16777216",
                "") ;
        Path config = dataDir.resolve("server.properties");
        Files.writeString(config, properties, StandardCharsets.UTF_8);
        Path log4j = dataDir.resolve("log4j2.properties");
        Files.writeString(log4j, String.join("\n",
                "appender.out.type=Console",
                "appender.out.name=out",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=%d{ISO8601} %-5p [kafka] %c{1}: %m%n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.out.ref=out",
                "logger.server.name=kafka.server.KafkaRaftServer",
                "logger.server.level=INFO",
                ""), StandardCharsets.UTF_8);
        return config;
    }

    private void format(Path config) throws IOException {
        String clusterId = runTool("kafka.tools.StorageTool", "random-uuid").strip();
        runTool("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted");
    }

    private String runTool(String mainClass, String... args) throws IOException {
        Process tool = new ProcessBuilder(javaCommand(mainClass, args)).redirectErrorStream(true).start();
        String output;
        try (InputStream in = tool.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
                throw new IOException(mainClass + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        // The tools log warnings on stdout too; the answer is the last line.
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.properties").toUri(),
                "-cp", BrokerClasspath.get(),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited with code " + process.exitValue()
                            + "; see " + logFile + ":\n" + tail(logFile, 20));
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    Thread.sleep(250);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        throw new IllegalStateException("Kafka broker not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                + logFile);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The broker's runtime classpath, written by the kafka-broker module's build. */
    static final class BrokerClasspath {
        private static String classpath;

        static synchronized String get() {
            if (classpath == null) {
                try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka-broker.classpath")) {
                    if (in == null) {
                        throw new IllegalStateException("kafka-broker.classpath is missing: build the kafka-broker module");
                    }
                    classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return classpath;
        }
    }
}
