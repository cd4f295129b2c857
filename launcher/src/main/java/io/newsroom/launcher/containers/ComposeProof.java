package io.newsroom.launcher.containers;

import io.newsroom.infra.Ports;
import io.newsroom.launcher.LauncherException;
import io.newsroom.launcher.StoredArticles;
import io.newsroom.launcher.bench.ArticleGenerator;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./pipeline containers test}: the compose file proven on the engine. Builds the images, starts the
 * stack with N enrich-service replicas on free host ports, sends articles through ingest-service, kills one
 * enrich replica (SIGKILL) halfway, waits, and checks in PostgreSQL that every accepted article was published
 * exactly once; then removes the stack with its volumes. Ends with the line
 * {@code compose ok: services=5 enrich_replicas=3 published=M lost=0 duplicated=0}.
 */
public final class ComposeProof {

    private static final String PROJECT = "newsroom-proof";
    private static final String DB_USER = "newsroom";
    private static final int CONCURRENCY = 8;
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    /** The figures of one proof run. */
    public record Result(int services, int enrichReplicas, int accepted, int published, int lost, int duplicated,
                         Duration startup, double articlesPerSecond, String killed) {
        public boolean ok() {
            return accepted > 0 && lost == 0 && duplicated == 0;
        }

        public String summaryLine() {
            return (ok() ? "compose ok:" : "compose FAILED:") + " services=" + services + " enrich_replicas=" + enrichReplicas
                    + " published=" + published + " lost=" + lost + " duplicated=" + duplicated;
        }
    }

    private final Path home;
    private final Path stateDir;
    private final ContainerEngine engine;
    private final int articles;
    private final int replicas;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ComposeProof(Path home, Path stateDir, ContainerEngine engine, int articles, int replicas, PrintStream out) {
        if (articles < 1 || replicas < 1) {
            throw new LauncherException("--articles and --replicas take positive numbers");
        }
        this.home = home;
        this.stateDir = stateDir;
        this.engine = engine;
        this.articles = articles;
        this.replicas = replicas;
        this.out = out;
    }

    public Result run() throws Exception {
        ContainerImages.Images images = ContainerImages.choose(System.getenv());
        out.printf("containers test: engine %s, %s images%n", engine.describe(), images.local() ? "locally built" : "public");
        List<ContainerImages.Built> built = new ContainerImages(home, stateDir, engine, out).build(images);
        out.print(ContainerImages.table(built));

        int ingestPort = Ports.findFree();
        int publishPort = Ports.findFree();
        int dbPort = Ports.findFree();
        String apiKey = "proof-" + randomHex(16);
        String dbPassword = randomHex(16);
        Map<String, String> env = new HashMap<>(images.asEnvironment());
        env.put("PIPELINE_API_KEYS", apiKey);
        env.put("PIPELINE_DB_USER", DB_USER);
        env.put("PIPELINE_DB_PASSWORD", dbPassword);
        env.put("PIPELINE_INGEST_PORT", Integer.toString(ingestPort));
        env.put("PIPELINE_PUBLISH_PORT", Integer.toString(publishPort));
        env.put("PIPELINE_DB_HOST_PORT", Integer.toString(dbPort));
        env.put("PIPELINE_PUBLISH_URL", "http://localhost:" + publishPort);
        ComposeStack stack = new ComposeStack(engine, home, PROJECT, env, out);
        stack.down(true); // what an interrupted earlier run left

        boolean passed = false;
        try {
            out.printf("containers test: compose up (%d enrich-service replicas) ...%n", replicas);
            Duration startup = stack.up(replicas);
            out.printf("containers test: all %d containers healthy %.1f s after compose up%n",
                    ComposeStack.SERVICES.size() - 1 + replicas, startup.toMillis() / 1000.0);
            Load load = new Load(URI.create("http://localhost:" + ingestPort + "/articles"), apiKey);
            String jdbc = "jdbc:postgresql://127.0.0.1:" + dbPort + "/newsroom";
            String killed = sendAndKill(load, stack);
            out.printf("containers test: %d of %d articles accepted (202) in %.1f s; waiting until all are published ...%n",
                    load.accepted.size(), articles, load.seconds());
            Result result = settle(load, jdbc, dbPassword, startup, killed);
            out.printf("containers test: %d published, %.1f articles/s from the first 202 to the last stored article;"
                    + " enrich-service replicas running at the end: %d (%s killed midway)%n",
                    result.published(), result.articlesPerSecond(), stack.containers("enrich-service").size(), killed);
            passed = result.ok();
            if (!passed) {
                printLogs(stack);
            }
            return result;
        } catch (RuntimeException e) {
            printLogs(stack);
            throw e;
        } finally {
            out.println("containers test: compose down (containers, network and volumes) ...");
            stack.down(true);
        }
    }

    /** Sends every article; once half are accepted, SIGKILLs one enrich-service replica (when there are two or more). */
    private String sendAndKill(Load load, ComposeStack stack) throws InterruptedException {
        ArticleGenerator generator = new ArticleGenerator(9);
        AtomicBoolean killedOne = new AtomicBoolean(replicas < 2);
        String[] victim = {"none"};
        Semaphore slots = new Semaphore(CONCURRENCY);
        CountDownLatch done = new CountDownLatch(articles);
        load.start = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            String text = generator.next(i) + "\n\nProof marker proof-" + i + ".";
            slots.acquire();
            load.send(i, text, 0).whenComplete((ok, error) -> {
                slots.release();
                done.countDown();
            });
            if (!killedOne.get() && load.accepted.size() >= articles / 2) {
                killedOne.set(true);
                List<String> enrich = stack.containers("enrich-service");
                victim[0] = enrich.get(enrich.size() / 2);
                stack.kill(victim[0]);
                out.printf("containers test: %d accepted: killed %s (SIGKILL); %d replicas left%n",
                        load.accepted.size(), victim[0], enrich.size() - 1);
            }
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new LauncherException("the articles were not all answered within 10 minutes");
        }
        load.end = System.nanoTime();
        return victim[0];
    }

    private Result settle(Load load, String jdbc, String dbPassword, Duration startup, String killed) throws SQLException {
        Set<String> ids = Set.copyOf(load.accepted.values());
        Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
        int published = 0;
        Instant nextReport = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            published = publishedCount(jdbc, dbPassword, ids);
            if (published == ids.size()) {
                break;
            }
            if (Instant.now().isAfter(nextReport)) {
                out.printf("containers test: %d/%d published%n", published, ids.size());
                nextReport = Instant.now().plusSeconds(10);
            }
            ContainerEngine.sleep(2000);
        }
        try (Connection c = DriverManager.getConnection(jdbc, DB_USER, dbPassword); Statement s = c.createStatement()) {
            // An article stored twice would have two ids with the same marker.
            int duplicated;
            try (ResultSet rs = s.executeQuery("select coalesce(sum(n - 1), 0) from (select substring(body from 'proof-[0-9]+') m,"
                    + " count(*) n from article group by m having count(*) > 1) d")) {
                rs.next();
                duplicated = rs.getInt(1);
            }
            double seconds;
            try (ResultSet rs = s.executeQuery("select extract(epoch from max(stored_at)) from article")) {
                rs.next();
                seconds = rs.getDouble(1) - load.firstAcceptedEpochSeconds();
            }
            return new Result(ComposeStack.SERVICES.size(), replicas, ids.size(), published, ids.size() - published, duplicated,
                    startup, seconds > 0 ? published / seconds : 0, killed);
        }
    }

    private static int publishedCount(String jdbc, String password, Set<String> ids) {
        try (Connection c = DriverManager.getConnection(jdbc, DB_USER, password)) {
            return StoredArticles.count(c, ids);
        } catch (SQLException e) {
            return 0;
        }
    }

    private void printLogs(ComposeStack stack) {
        out.println("containers test: state of the containers: " + stack.health());
        Commands.Result logs = stack.compose(Duration.ofMinutes(1), "logs", "--no-color", "--tail", "30");
        out.println(logs.tail(200));
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The article sender: 202s only count, each article keeps its id across retries (Idempotency-Key). */
    private final class Load {
        final Map<Integer, String> accepted = new ConcurrentHashMap<>();
        final AtomicInteger refused = new AtomicInteger();
        private final URI ingest;
        private final String apiKey;
        private volatile long firstAcceptedMillis;
        long start;
        long end;

        Load(URI ingest, String apiKey) {
            this.ingest = ingest;
            this.apiKey = apiKey;
        }

        java.util.concurrent.CompletableFuture<Boolean> send(int index, String text, int attempt) {
            HttpRequest request = HttpRequest.newBuilder(ingest)
                    .timeout(Duration.ofSeconds(60))
                    .header("X-Api-Key", apiKey)
                    .header("Idempotency-Key", "proof-" + index)
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                if (error == null && response.statusCode() == 202) {
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        synchronized (this) {
                            if (firstAcceptedMillis == 0) {
                                firstAcceptedMillis = System.currentTimeMillis();
                            }
                        }
                        accepted.put(index, id.group(1));
                        return true;
                    }
                }
                return false;
            }).thenCompose(ok -> {
                if (ok || attempt >= 5) {
                    if (!ok) {
                        refused.incrementAndGet();
                    }
                    return java.util.concurrent.CompletableFuture.completedFuture(ok);
                }
                // 429/503 or a broken connection: the same article again (same Idempotency-Key) a moment later.
                return java.util.concurrent.CompletableFuture.supplyAsync(() -> null,
                        java.util.concurrent.CompletableFuture.delayedExecutor(500L * (attempt + 1), TimeUnit.MILLISECONDS))
                        .thenCompose(x -> send(index, text, attempt + 1));
            });
        }

        double seconds() {
            return (end - start) / 1e9;
        }

        double firstAcceptedEpochSeconds() {
            return firstAcceptedMillis / 1000.0;
        }
    }
}
