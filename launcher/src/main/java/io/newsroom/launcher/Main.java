package io.newsroom.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/** {@code ./pipeline COMMAND}: the entry point of the launcher. */
public final class Main {

    private static final String USAGE = """
            Usage: ./pipeline COMMAND

            Commands:
              up      start Kafka, PostgreSQL and the three services; Ctrl-C stops everything
              help    this text

            Environment: KAFKA_BOOTSTRAP_SERVERS, PIPELINE_DB_URL, PIPELINE_DB_USER, PIPELINE_DB_PASSWORD use existing
            servers instead of the embedded ones; PIPELINE_DATA_DIR (default .pipeline) holds data, logs and the API key.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // The admin client warns on every connection attempt while the broker starts: expected, not news.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        PrintStream out = System.out;
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> up(out);
                case "help", "-h", "--help" -> out.print(USAGE);
                default -> {
                    System.err.println("Unknown command: " + String.join(" ", Arrays.asList(args)));
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        } catch (LauncherException e) {
            System.err.println("pipeline: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void up(PrintStream out) {
        Path home = Path.of(System.getProperty("pipeline.home", System.getenv().getOrDefault("PIPELINE_HOME", ".")))
                .toAbsolutePath().normalize();
        Pipeline pipeline = new Pipeline(PipelineSettings.fromEnvironment(home, System.getenv()), out);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C and SIGTERM both run shutdown hooks: stop everything cleanly, then let the JVM exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pipeline.close();
            stopped.countDown();
        }, "pipeline-shutdown"));
        try {
            pipeline.start();
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        out.print(pipeline.summary());
        out.println("Press Ctrl-C to stop.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
