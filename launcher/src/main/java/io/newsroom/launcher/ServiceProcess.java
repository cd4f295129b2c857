package io.newsroom.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Quarkus service as a supervised child process: started from its packaged quarkus-run.jar, restarted
 * with backoff when it dies unexpectedly, stopped with SIGTERM (Quarkus drains in-flight work on SIGTERM).
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** A run this long counts as healthy: the next crash starts the backoff again from one second. */
    private static final Duration STABLE_RUN = Duration.ofSeconds(60);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path logFile;
    private final PrintStream console;
    private volatile Process process;
    private volatile boolean stopping;
    private volatile Instant startedAt;
    private volatile int restarts;
    private Duration backoff = Duration.ofSeconds(1);

    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions,
                          Path logFile, PrintStream console) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.logFile = logFile;
        this.console = console;
    }

    public String name() {
        return name;
    }

    /**
     * Another instance of this service: the same jar, JVM options and environment, its own HTTP port and log. It
     * joins the same consumer group, so Kafka shares the partitions out (the benchmark's scaling runs). Not
     * started; the caller starts and stops it.
     */
    public ServiceProcess replica(int number, int replicaPort) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(replicaPort));
        String replicaName = name + "-" + number;
        return new ServiceProcess(replicaName, jar, replicaPort, env, jvmOptions,
                logFile.resolveSibling(replicaName + ".log"), console);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int restarts() {
        return restarts;
    }

    public Process process() {
        return process;
    }

    public synchronized void start() {
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException(name + " is not built (" + jar + " is missing): run ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new LauncherException(name + " could not be started: " + e.getMessage());
        }
        startedAt = Instant.now();
        Process started = process;
        started.onExit().thenAccept(this::onExit);
    }

    /** Waits until /q/health/ready answers 200; fails early, with the log's tail, if the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process current = process;
            if (current != null && !current.isAlive() && !stopping && restarts == 0) {
                throw new LauncherException(name + " exited with code " + current.exitValue() + " while starting; "
                        + "the end of " + logFile + ":\n" + tail(30));
            }
            if (isReady()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new LauncherException(name + " was not ready within " + timeout.toSeconds() + " s; see " + logFile
                + ":\n" + tail(30));
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts a service that was stopped with {@link #stop(Duration)}; supervision resumes. */
    public synchronized void startAgain() {
        stopping = false;
        start();
    }

    /** SIGTERM, then SIGKILL after the grace period. No restart follows. */
    public void stop(Duration grace) {
        stopping = true;
        Process current = process;
        if (current == null) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                console.printf("%s did not stop within %d s; killing it%n", name, grace.toSeconds());
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL, as a crash would: the supervisor restarts it. For fault tests and the chaos run. */
    public void kill() {
        Process current = process;
        if (current != null) {
            current.destroyForcibly();
        }
    }

    private void onExit(Process exited) {
        if (stopping || exited != process) {
            return;
        }
        Duration ran = Duration.between(startedAt, Instant.now());
        if (ran.compareTo(STABLE_RUN) > 0) {
            backoff = Duration.ofSeconds(1);
        }
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        console.printf("%s exited with code %d after %d s; restarting in %d s (log: %s)%n", name, exited.exitValue(),
                ran.toSeconds(), wait.toSeconds(), logFile);
        Thread restarter = new Thread(() -> {
            sleep(wait);
            synchronized (this) {
                if (!stopping) {
                    restarts++;
                    start();
                }
            }
        }, name + "-restart");
        restarter.setDaemon(true);
        restarter.start();
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log yet)";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
