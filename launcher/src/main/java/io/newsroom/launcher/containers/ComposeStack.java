package io.newsroom.launcher.containers;

import io.newsroom.launcher.LauncherException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * docker-compose.yml as one project on the engine: up with N enrich-service replicas, wait until every
 * container is healthy, down. Podman without systemd has nobody to run the health checks that compose's
 * start order waits for, so while we wait we run them ourselves ({@code podman healthcheck run}).
 */
public final class ComposeStack {

    /** The long-running compose services (kafka-topics is a one-shot that creates the topics). */
    public static final List<String> SERVICES = List.of("kafka", "postgres", "ingest-service", "enrich-service", "publish-service");
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(10);

    private final ContainerEngine engine;
    private final Path home;
    private final String project;
    private final Map<String, String> environment;
    private final PrintStream out;

    public ComposeStack(ContainerEngine engine, Path home, String project, Map<String, String> environment, PrintStream out) {
        this.engine = engine;
        this.home = home;
        this.project = project;
        this.environment = Map.copyOf(environment);
        this.out = out;
    }

    public String project() {
        return project;
    }

    /** compose up -d with {@code enrichReplicas} enrich-service containers; returns once all are healthy. */
    public Duration up(int enrichReplicas) {
        Instant start = Instant.now();
        AtomicBoolean waiting = new AtomicBoolean(true);
        Thread healthChecks = startHealthChecks(waiting);
        try {
            compose(UP_TIMEOUT, "up", "-d", "--no-build", "--scale", "enrich-service=" + enrichReplicas)
                    .orFail("compose up");
            awaitHealthy(enrichReplicas, start.plus(UP_TIMEOUT));
        } finally {
            waiting.set(false);
            healthChecks.interrupt();
        }
        return Duration.between(start, Instant.now());
    }

    /** compose down; with {@code volumes}, the named volumes (Kafka's and PostgreSQL's data) go too. */
    public void down(boolean volumes) {
        List<String> args = new ArrayList<>(List.of("down", "--remove-orphans", "-t", "30"));
        if (volumes) {
            args.add("--volumes");
        }
        compose(Duration.ofMinutes(5), args.toArray(String[]::new)).orFail("compose down");
    }

    public Commands.Result compose(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("-p", project, "-f", home.resolve("docker-compose.yml").toString()));
        command.addAll(List.of(args));
        return engine.compose(timeout, environment, home, command);
    }

    /** Container name → health ("healthy", "starting", "unhealthy", or the state where there is no health check). */
    public Map<String, String> health() {
        Commands.Result ps = engine.engine(Duration.ofSeconds(30), "ps", "-a", "--filter",
                "label=com.docker.compose.project=" + project, "--format", "{{.Names}}");
        Map<String, String> health = new LinkedHashMap<>();
        if (!ps.ok()) {
            return health;
        }
        for (String name : ps.output().strip().lines().filter(l -> !l.isBlank()).sorted().toList()) {
            Commands.Result inspect = engine.engine(Duration.ofSeconds(30), "inspect", "--format",
                    "{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}", name);
            String[] state = inspect.output().strip().split("\\s+");
            health.put(name, state.length > 1 && !state[1].isEmpty() ? state[1] : state[0]);
        }
        return health;
    }

    /** Names of the running containers of one compose service, e.g. the enrich-service replicas. */
    public List<String> containers(String service) {
        Commands.Result ps = engine.engine(Duration.ofSeconds(30), "ps", "--filter",
                "label=com.docker.compose.project=" + project, "--filter", "label=com.docker.compose.service=" + service,
                "--format", "{{.Names}}");
        return ps.ok() ? ps.output().strip().lines().filter(l -> !l.isBlank()).sorted().toList() : List.of();
    }

    public void kill(String container) {
        engine.engine(Duration.ofSeconds(30), "kill", container).orFail("killing " + container);
    }

    private void awaitHealthy(int enrichReplicas, Instant deadline) {
        int expected = SERVICES.size() - 1 + enrichReplicas;
        Map<String, String> last = Map.of();
        while (Instant.now().isBefore(deadline)) {
            Map<String, String> all = health();
            Map<String, String> services = new TreeMap<>();
            for (String service : SERVICES) {
                containers(service).forEach(name -> services.put(name, all.getOrDefault(name, "?")));
            }
            last = services;
            if (services.size() == expected && services.values().stream().allMatch("healthy"::equals)) {
                return;
            }
            ContainerEngine.sleep(2000);
        }
        throw new LauncherException("the containers were not all healthy within " + UP_TIMEOUT.toMinutes() + " min: " + last
                + "\n(see: " + engine.cli() + " logs CONTAINER)");
    }

    /** podman: run the health checks of the project's containers that are not yet healthy, every 2 s. */
    private Thread startHealthChecks(AtomicBoolean waiting) {
        Thread thread = new Thread(() -> {
            while (waiting.get() && engine.kind() == ContainerEngine.Kind.PODMAN) {
                Commands.Result pending = engine.engine(Duration.ofSeconds(30), "ps", "-q",
                        "--filter", "label=com.docker.compose.project=" + project,
                        "--filter", "health=starting", "--filter", "health=unhealthy");
                List<Thread> checks = new ArrayList<>();
                for (String id : pending.ok() ? pending.output().strip().lines().filter(l -> !l.isBlank()).toList() : List.<String>of()) {
                    Thread check = new Thread(() -> engine.engine(Duration.ofSeconds(60), "healthcheck", "run", id));
                    check.start();
                    checks.add(check);
                }
                try {
                    for (Thread check : checks) {
                        check.join();
                    }
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "health-checks");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
