package io.newsroom.launcher.containers;

import io.newsroom.launcher.LauncherException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The container engine the {@code containers} commands use: a Docker engine when one answers, else podman
 * through its Docker-compatible API (started here when needed, as {@code podman system service}), so that the
 * stock {@code docker-compose} and Testcontainers work unchanged. Without either, the commands say what to
 * install ({@code --install} does it on Debian) instead of failing with a stack trace.
 */
public final class ContainerEngine {

    /** What {@code --install} adds on Debian: the engine, its runtime, the base-image builder and compose. */
    public static final List<String> DEBIAN_PACKAGES = List.of("podman", "runc", "debootstrap", "docker-compose");

    /** Which engine, and how to reach it. */
    public enum Kind { DOCKER, PODMAN }

    private final Kind kind;
    private final Path stateDir;
    private final List<String> compose;
    private final Map<String, String> environment = new HashMap<>();
    private final PrintStream out;
    private Process service;

    private ContainerEngine(Kind kind, Path stateDir, List<String> compose, PrintStream out) {
        this.kind = kind;
        this.stateDir = stateDir;
        this.compose = compose;
        this.out = out;
    }

    /**
     * Finds an engine (Docker first, then podman), installing podman and docker-compose first when
     * {@code install} is set and apt-get is there. {@code stateDir} holds podman's settings and API socket.
     */
    public static ContainerEngine detect(Path stateDir, boolean install, PrintStream out) {
        if (install) {
            installDebianPackages(out);
        }
        Optional<List<String>> compose = composeCommand();
        if (Commands.onPath("docker") && Commands.succeeds(Duration.ofSeconds(20), "docker", "info")) {
            return new ContainerEngine(Kind.DOCKER, stateDir, compose.orElseThrow(() -> missing("docker-compose (or the docker compose plugin)")), out);
        }
        if (Commands.onPath("podman")) {
            if (!Commands.onPath("docker-compose")) {
                throw missing("docker-compose");
            }
            ContainerEngine engine = new ContainerEngine(Kind.PODMAN, stateDir, List.of("docker-compose"), out);
            engine.configurePodman();
            return engine;
        }
        throw missing("podman");
    }

    private static LauncherException missing(String what) {
        boolean debian = Commands.onPath("apt-get");
        return new LauncherException("no container engine: install " + what
                + (debian ? " (Debian: ./pipeline containers build --install, which runs apt-get install "
                        + String.join(" ", DEBIAN_PACKAGES) + ")" : " (packages: " + String.join(" ", DEBIAN_PACKAGES) + ")")
                + ", or use a Docker engine with the compose plugin. podman works without a daemon: this command"
                + " starts its Docker-compatible API itself.");
    }

    /** apt-get install of {@link #DEBIAN_PACKAGES}; a clear error where there is no apt-get or it fails. */
    public static void installDebianPackages(PrintStream out) {
        if (!Commands.onPath("apt-get")) {
            throw new LauncherException("--install needs apt-get (Debian or Ubuntu); install "
                    + String.join(", ", DEBIAN_PACKAGES) + " with this system's package manager");
        }
        List<String> missing = DEBIAN_PACKAGES.stream()
                .filter(p -> !Commands.onPath(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        out.println("containers: installing " + String.join(" ", missing) + " (apt-get) ...");
        Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
        Commands.Result update = Commands.run(Duration.ofMinutes(10), env, List.of("apt-get", "update", "-qq"));
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq"));
        install.addAll(missing);
        Commands.Result result = update.ok() ? Commands.run(Duration.ofMinutes(15), env, install) : update;
        if (!result.ok()) {
            throw new LauncherException("apt-get could not install " + String.join(" ", missing) + ":\n" + result.tail(15));
        }
    }

    private static Optional<List<String>> composeCommand() {
        if (Commands.onPath("docker") && Commands.succeeds(Duration.ofSeconds(20), "docker", "compose", "version")) {
            return Optional.of(List.of("docker", "compose"));
        }
        if (Commands.onPath("docker-compose")) {
            return Optional.of(List.of("docker-compose"));
        }
        return Optional.empty();
    }

    /**
     * podman settings of our own, passed as CONTAINERS_CONF rather than written to /etc: runc as the runtime
     * (crun fails on cgroups "hybrid mode" on some hosts) and explicit ulimits (the default setrlimit is refused
     * in some sandboxes).
     */
    private void configurePodman() {
        try {
            Files.createDirectories(stateDir);
            Path conf = stateDir.resolve("containers.conf");
            String runtime = Commands.onPath("runc") ? "runtime = \"runc\"\n" : "";
            Files.writeString(conf, """
                    # Written by ./pipeline containers: podman settings for this project only (CONTAINERS_CONF).
                    [containers]
                    default_ulimits = ["nofile=20000:20000", "nproc=10000:10000"]
                    [engine]
                    """ + runtime, StandardCharsets.UTF_8);
            environment.put("CONTAINERS_CONF", conf.toString());
        } catch (IOException e) {
            throw new LauncherException("cannot write podman settings in " + stateDir + ": " + e.getMessage());
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The engine's own command line tool: {@code docker} or {@code podman} (same sub-commands for what we use). */
    public String cli() {
        return kind == Kind.DOCKER ? "docker" : "podman";
    }

    public String describe() {
        return kind == Kind.DOCKER ? "Docker" : "podman (Docker API at " + socket() + ")";
    }

    /** Environment for every engine, compose and Testcontainers process. */
    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    public Path socket() {
        return stateDir.resolve("podman.sock");
    }

    /**
     * For podman: makes sure its Docker API answers on our socket, starting {@code podman system service} in a
     * session of its own (so that Ctrl-C here does not stop it) when it does not.
     */
    public void ensureApi() {
        if (kind == Kind.DOCKER) {
            return;
        }
        environment.put("DOCKER_HOST", "unix://" + socket());
        if (apiAnswers()) {
            return;
        }
        try {
            Files.deleteIfExists(socket());
            List<String> command = new ArrayList<>();
            if (Commands.onPath("setsid")) {
                command.add("setsid");
            }
            command.addAll(List.of("podman", "system", "service", "--time=0", "unix://" + socket()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(stateDir.resolve("podman-service.log").toFile()));
            builder.environment().putAll(environment);
            service = builder.start();
            Files.writeString(stateDir.resolve("podman-service.pid"), Long.toString(service.pid()));
        } catch (IOException e) {
            throw new LauncherException("cannot start podman's Docker API (podman system service): " + e.getMessage());
        }
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (apiAnswers()) {
                out.println("containers: started podman's Docker API at " + socket());
                return;
            }
            sleep(250);
        }
        throw new LauncherException("podman's Docker API did not answer at " + socket() + " within 30 s; see "
                + stateDir.resolve("podman-service.log"));
    }

    /** GET /_ping on the socket answers "OK" once the API serves requests. */
    private boolean apiAnswers() {
        if (!Files.exists(socket())) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket()))) {
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: d\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer answer = ByteBuffer.allocate(512);
            channel.read(answer);
            return new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII).startsWith("HTTP/1.")
                    && new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII).contains(" 200 ");
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the podman API service a {@code containers} command started (this run's, or an earlier one's). */
    public void stopApi() {
        if (kind == Kind.DOCKER) {
            return;
        }
        Path pidFile = stateDir.resolve("podman-service.pid");
        Optional<ProcessHandle> process = service != null ? Optional.of(service.toHandle()) : readPid(pidFile);
        process.filter(ProcessHandle::isAlive).ifPresent(p -> {
            p.destroy();
            p.onExit().completeOnTimeout(p, 10, java.util.concurrent.TimeUnit.SECONDS).join();
            if (p.isAlive()) {
                p.destroyForcibly();
            }
            out.println("containers: stopped podman's Docker API");
        });
        try {
            Files.deleteIfExists(pidFile);
            Files.deleteIfExists(socket());
        } catch (IOException ignored) {
            // gone with the process anyway
        }
    }

    private static Optional<ProcessHandle> readPid(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(p -> p.info().commandLine().orElse("").contains("system service"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Runs the engine's CLI ({@code docker …} or {@code podman …}). */
    public Commands.Result engine(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(cli());
        command.addAll(List.of(args));
        return Commands.run(timeout, environment, command);
    }

    /** Runs compose ({@code docker compose} or {@code docker-compose}) with extra environment. */
    public Commands.Result compose(Duration timeout, Map<String, String> extraEnv, Path workDir, List<String> args) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(args);
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(extraEnv);
        return Commands.run(timeout, env, command, workDir);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted");
        }
    }
}
