package io.newsroom.launcher.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator: posts articles to ingest-service and counts only acknowledged ones (202), remembering
 * when each was acknowledged.
 */
final class HttpLoad {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI ingest;
    private final String apiKey;
    /** Article id → epoch millis of its 202. */
    final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();

    HttpLoad(String ingestUrl, String apiKey) {
        this.ingest = URI.create(ingestUrl + "/articles");
        this.apiKey = apiKey;
    }

    /** As fast as {@code concurrency} clients can: returns the elapsed seconds. */
    double flood(List<String> articles, int concurrency) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(articles.size());
        long start = System.nanoTime();
        for (String article : articles) {
            slots.acquire();
            send(article).whenComplete((ok, error) -> {
                slots.release();
                done.countDown();
            });
        }
        done.await(10, TimeUnit.MINUTES);
        return (System.nanoTime() - start) / 1e9;
    }

    /** A fixed offered rate, whatever the answers take (open model): returns the elapsed seconds. */
    double steady(List<String> articles, int perSecond) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(articles.size());
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            send(articles.get(i)).whenComplete((ok, error) -> done.countDown());
        }
        done.await(10, TimeUnit.MINUTES);
        return (System.nanoTime() - start) / 1e9;
    }

    private java.util.concurrent.CompletableFuture<Boolean> send(String article) {
        HttpRequest request = HttpRequest.newBuilder(ingest)
                .timeout(Duration.ofSeconds(60))
                .header("X-Api-Key", apiKey)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(article, StandardCharsets.UTF_8)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            if (error == null && response.statusCode() == 202) {
                Matcher id = ID.matcher(response.body());
                if (id.find()) {
                    acceptedAt.put(id.group(1), System.currentTimeMillis());
                    return true;
                }
            }
            refused.incrementAndGet();
            return false;
        });
    }
}
