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
              up                      start Kafka, PostgreSQL and the three services; Ctrl-C stops everything
              status                  health, flow in the last minute, consumer lag and dead letters
              dlq list [--limit N]    the dead-letter topics' records, with the reason each was dead-lettered
              dlq replay              send dead letters back to their topic (each once), after a fix
              bench [--quick]         throughput and latency of the pipeline next to its parts' raw speed;
                                      table, bench-results/*.json and *.png, and one summary line
              reprocess [--since ISO-8601]
                                      enrich stored articles again (after a better model); no duplicates
              chaos [--articles N] [--rate R]
                                      the fault run on a fresh embedded pipeline: kills and restarts while
                                      articles flow; ends with accepted=… stored=… lost=… duplicated=… dead_lettered=…
              train entities [--language ru|en] [--data DIR] [--iterations N] [--out DIR] [--without-devset] [--dev]
                                      train the Russian (default) or English entity model from the shared
                                      datasets (default ../shared/datasets) into nlp/src/main/resources/models;
                                      then rebuild (English --dev: hold out the development set and score it)
              eval entities FOLDER|FILE [--model FILE] [--language xx] [--errors]
                                      strict and relaxed P/R/F1 per type on a factRuEval-2016-format folder
                                      or a CoNLL-2003-style file (token per line, IOB tag last)
              eval quotes [FILE]      quote recall, precision and attribution on the project's quote set
            ${containers}
              help                    this text

            Environment: KAFKA_BOOTSTRAP_SERVERS, PIPELINE_DB_URL, PIPELINE_DB_USER, PIPELINE_DB_PASSWORD use existing
            servers instead of the embedded ones; PIPELINE_DATA_DIR (default .pipeline) holds data, logs and the API key.
            """.replace("${containers}\n", io.newsroom.launcher.containers.ContainersCommand.USAGE);

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
                case "dlq" -> dlq(args, out);
                case "status" -> new PipelineStatus(PipelineSettings.fromEnvironment(home(), System.getenv()), out).print();
                case "chaos" -> chaos(args, out);
                case "reprocess" -> reprocess(args, out);
                case "bench" -> bench(args, out);
                case "train" -> System.exit(new NlpTools(home()).train(args));
                case "eval" -> System.exit(new NlpTools(home()).eval(args));
                case "containers" -> System.exit(new io.newsroom.launcher.containers.ContainersCommand(home(),
                        PipelineSettings.fromEnvironment(home(), System.getenv()).dataDir(), out).run(args));
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
        } catch (Exception e) {
            System.err.println("pipeline: " + command + " failed: " + e);
            System.exit(1);
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("pipeline.home", System.getenv().getOrDefault("PIPELINE_HOME", ".")))
                .toAbsolutePath().normalize();
    }

    private static void dlq(String[] args, PrintStream out) throws Exception {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
                "127.0.0.1:" + PipelineSettings.fromEnvironment(home(), System.getenv()).kafkaPort());
        DeadLetters deadLetters = new DeadLetters(bootstrap, out);
        String action = args.length > 1 ? args[1] : "list";
        switch (action) {
            case "list" -> deadLetters.printList(intOption(args, "--limit", 1000));
            case "replay" -> deadLetters.replay();
            default -> throw new LauncherException("dlq takes list or replay, not " + action);
        }
    }

    private static void reprocess(String[] args, PrintStream out) throws Exception {
        PipelineSettings settings = PipelineSettings.fromEnvironment(home(), System.getenv());
        String since = stringOption(args, "--since", "1970-01-01T00:00:00Z");
        java.time.Instant from;
        try {
            from = java.time.OffsetDateTime.parse(since).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new LauncherException("--since takes an ISO-8601 date-time with offset, such as 2026-11-25T00:00:00Z");
        }
        String jdbc = settings.externalDbUrl().orElse("jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/" + Pipeline.DATABASE);
        String kafka = settings.externalKafka().orElse("127.0.0.1:" + settings.kafkaPort());
        new Reprocess(jdbc, settings.dbUser(), settings.dbPassword(), kafka, out).run(from);
    }

    private static void bench(String[] args, PrintStream out) throws Exception {
        System.setProperty("java.awt.headless", "true");
        boolean quick = java.util.Arrays.asList(args).contains("--quick");
        var plan = quick ? io.newsroom.launcher.bench.Benchmark.Plan.quick() : io.newsroom.launcher.bench.Benchmark.Plan.full();
        var results = new io.newsroom.launcher.bench.Benchmark(home(), plan, out).run();
        io.newsroom.launcher.bench.BenchReport.write(results, home().resolve("bench-results"), out);
    }

    static String stringOption(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void chaos(String[] args, PrintStream out) throws Exception {
        ChaosRun.Result result = new ChaosRun(home(), intOption(args, "--articles", 5000), intOption(args, "--rate", 50), out).run();
        out.println(result.summaryLine());
        if (result.lost() > 0 || result.duplicated() > 0) {
            System.exit(1);
        }
    }

    public static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                try {
                    return Integer.parseInt(args[i + 1]);
                } catch (NumberFormatException e) {
                    throw new LauncherException(name + " takes a whole number, not " + args[i + 1]);
                }
            }
        }
        return fallback;
    }

    private static void up(PrintStream out) {
        Pipeline pipeline = new Pipeline(PipelineSettings.fromEnvironment(home(), System.getenv()), out);
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
