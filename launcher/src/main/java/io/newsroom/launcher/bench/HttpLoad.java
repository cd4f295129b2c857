package io.newsroom.launcher.bench;

import io.newsroom.events.ArticleJson;

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
    private static final String NDJSON = "application/x-ndjson";

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

    /**
     * As fast as {@code concurrency} clients can, {@code batchSize} articles a request (NDJSON, one JSON article
     * a line): returns the elapsed seconds.
     */
    double floodBatches(List<String> articles, int batchSize, int concurrency) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        int batches = (articles.size() + batchSize - 1) / batchSize;
        CountDownLatch done = new CountDownLatch(batches);
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            StringBuilder ndjson = new StringBuilder();
            for (String article : articles.subList(b * batchSize, Math.min(articles.size(), (b + 1) * batchSize))) {
                int lineEnd = article.indexOf('\n');
                ndjson.append(ArticleJson.write(Map.of("title", lineEnd < 0 ? article : article.substring(0, lineEnd),
                        "body", lineEnd < 0 ? "" : article.substring(lineEnd + 1).strip()))).append('\n');
            }
            slots.acquire();
            send(ndjson.toString(), NDJSON).whenComplete((ok, error) -> {
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
        return send(article, "text/plain; charset=utf-8");
    }

    /** Counts every article the answer acknowledges with 202 (one for an article, each item's for a batch). */
    private java.util.concurrent.CompletableFuture<Boolean> send(String body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(ingest)
                .timeout(Duration.ofSeconds(60))
                .header("X-Api-Key", apiKey)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            boolean any = false;
            long now = System.currentTimeMillis();
            if (error == null && response.statusCode() == 202 && !contentType.equals(NDJSON)) {
                Matcher id = ID.matcher(response.body());
                if (id.find()) {
                    acceptedAt.put(id.group(1), now);
                    any = true;
                }
            } else if (error == null && (response.statusCode() == 202 || response.statusCode() == 207)) {
                try {
                    for (com.fasterxml.jackson.databind.JsonNode item : ArticleJson.mapper().readTree(response.body()).path("items")) {
                        if (item.path("status").asInt() == 202) {
                            acceptedAt.put(item.path("id").asText(), now);
                            any = true;
                        }
                    }
                } catch (java.io.IOException e) {
                    // not a batch answer: nothing counted
                }
            }
            if (!any) {
                refused.incrementAndGet();
            }
            return any;
        });
    }
}
