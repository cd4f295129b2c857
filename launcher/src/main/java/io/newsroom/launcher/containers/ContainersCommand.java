package io.newsroom.launcher.containers;

import io.newsroom.launcher.LauncherException;
import io.newsroom.launcher.Main;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./pipeline containers build|up|down|test|env}: the pipeline as containers on Docker or podman.
 * {@code up} keeps its API key and database password in {@code <data dir>/containers/secrets.properties}
 * (created on first use, owner-only) unless PIPELINE_API_KEYS / PIPELINE_DB_PASSWORD are set.
 */
public final class ContainersCommand {

    public static final String USAGE = """
              containers build [--install]
                                      build every image (services, and Kafka, PostgreSQL and a Java base where no
                                      registry answers) with Docker, or podman through its Docker API
              containers up [--scale N]
                                      docker-compose.yml up: Kafka, PostgreSQL, the services (N enrich replicas)
              containers down [--volumes]
                                      stop and remove the containers (and with --volumes their data)
              containers test [--articles N] [--replicas N]
                                      the proof: build, up with 3 enrich replicas, send 1,000 articles, kill one
                                      replica midway, check every accepted article is published exactly once, down
              containers env          shell exports (DOCKER_HOST, images, Testcontainers settings) for
                                      eval "$(./pipeline containers env)" before ./mvnw verify -Pcontainers
            """;
    private static final String PROJECT = "newsroom-pipeline";

    private final Path home;
    private final Path stateDir;
    private final PrintStream out;

    public ContainersCommand(Path home, Path dataDir, PrintStream out) {
        this.home = home;
        this.stateDir = dataDir.resolve("containers");
        this.out = out;
    }

    /** Runs the sub-command; returns the process exit code. */
    public int run(String[] args) throws Exception {
        String action = args.length > 1 ? args[1] : "help";
        boolean install = Arrays.asList(args).contains("--install");
        if (action.equals("help")) {
            out.print(USAGE);
            return 0;
        }
        if (!List.of("build", "up", "down", "test", "env").contains(action)) {
            throw new LauncherException("containers takes build, up, down, test or env, not " + action);
        }
        // env prints shell code on stdout: its progress messages go to stderr.
        ContainerEngine engine = ContainerEngine.detect(stateDir, install, action.equals("env") ? System.err : out);
        switch (action) {
            case "build" -> {
                engine.ensureApi();
                ContainerImages.Images images = ContainerImages.choose(System.getenv());
                out.printf("containers: engine %s, %s images%n", engine.describe(), images.local() ? "locally built" : "public");
                List<ContainerImages.Built> built = new ContainerImages(home, stateDir, engine, out).build(images);
                out.print(ContainerImages.table(built));
                return 0;
            }
            case "up" -> {
                engine.ensureApi();
                ContainerImages.Images images = ContainerImages.choose(System.getenv());
                ContainerImages builder = new ContainerImages(home, stateDir, engine, out);
                if (!ContainerImages.SERVICES.stream().allMatch(s -> builder.exists(ContainerImages.serviceImage(s)))) {
                    out.print(ContainerImages.table(builder.build(images)));
                }
                Map<String, String> env = new HashMap<>(images.asEnvironment());
                env.putAll(secrets());
                int scale = Main.intOption(args, "--scale", 1);
                ComposeStack stack = new ComposeStack(engine, home, PROJECT, env, out);
                out.printf("containers: compose up (%d enrich-service replicas) ...%n", scale);
                var startup = stack.up(scale);
                out.printf("containers: all healthy %.1f s after compose up%n", startup.toMillis() / 1000.0);
                stack.health().forEach((name, health) -> out.printf("  %-40s %s%n", name, health));
                out.printf("  ingest-service   http://localhost:%s   POST /articles (X-Api-Key: %s)%n",
                        System.getenv().getOrDefault("PIPELINE_INGEST_PORT", "8081"), env.get("PIPELINE_API_KEYS").split(",")[0]);
                out.printf("  publish-service  http://localhost:%s   GET /articles%n", System.getenv().getOrDefault("PIPELINE_PUBLISH_PORT", "8083"));
                out.println("Stop with ./pipeline containers down (data stays in the named volumes; --volumes removes it).");
                return 0;
            }
            case "down" -> {
                if (engine.kind() == ContainerEngine.Kind.PODMAN) {
                    engine.ensureApi();
                }
                Map<String, String> env = new HashMap<>(ContainerImages.choose(Map.of("PIPELINE_IMAGES", "public")).asEnvironment());
                env.putAll(secrets());
                new ComposeStack(engine, home, PROJECT, env, out).down(Arrays.asList(args).contains("--volumes"));
                engine.stopApi();
                out.println("containers: down");
                return 0;
            }
            case "test" -> {
                engine.ensureApi();
                ComposeProof.Result result;
                try {
                    result = new ComposeProof(home, stateDir, engine, Main.intOption(args, "--articles", 1000),
                            Main.intOption(args, "--replicas", 3), out).run();
                } finally {
                    engine.stopApi();
                }
                // The last line, for scripts and CI: compose ok: services=… enrich_replicas=… published=… lost=0 duplicated=0
                out.println(result.summaryLine());
                return result.ok() ? 0 : 1;
            }
            default -> {
                engine.ensureApi();
                ContainerImages.Images images = ContainerImages.choose(System.getenv());
                Map<String, String> exports = new java.util.TreeMap<>(engine.environment());
                exports.putAll(images.asEnvironment());
                // Testcontainers: no Ryuk (its image would be pulled; the tests stop their containers themselves).
                exports.put("TESTCONTAINERS_RYUK_DISABLED", "true");
                if (engine.kind() == ContainerEngine.Kind.PODMAN) {
                    // podman publishes ports on this host; a /.dockerenv file would otherwise send Testcontainers elsewhere.
                    exports.put("TESTCONTAINERS_HOST_OVERRIDE", "localhost");
                }
                exports.forEach((name, value) -> out.printf("export %s='%s'%n", name, value));
                out.println("# The podman API service keeps running: ./pipeline containers down stops it.");
                return 0;
            }
        }
    }

    private Map<String, String> secrets() throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve("secrets.properties");
        Properties secrets = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                secrets.load(in);
            }
        }
        boolean changed = false;
        for (String key : List.of("PIPELINE_API_KEYS", "PIPELINE_DB_PASSWORD")) {
            if (secrets.getProperty(key) == null) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                secrets.setProperty(key, (key.contains("API") ? "dev-" : "") + HexFormat.of().formatHex(random));
                changed = true;
            }
        }
        if (changed) {
            try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                secrets.store(writer, "./pipeline containers up: the API key and database password of the compose stack");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
        Map<String, String> env = new HashMap<>();
        for (String key : secrets.stringPropertyNames()) {
            env.put(key, System.getenv().getOrDefault(key, secrets.getProperty(key)));
        }
        return env;
    }
}
