package io.newsroom.publish;

import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GET /articles/stream read by a plain HTTP client, as a dashboard's EventSource would. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class ArticleStreamTest {

    @TestHTTPResource("/articles/stream")
    URI stream;

    @Test
    void eachPublishedArticleIsAnEventAfterItIsStored() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Void> reader = response.thenAcceptAsync(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
            r.body().forEach(lines::add);
        });
        try {
            // The server subscribes when the request arrives; give it a moment before publishing.
            try {
                response.get(3, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException headersNotFlushedYet) {
                // some servers send the headers with the first event only
            }
            Thread.sleep(500);
            String id = UUID.randomUUID().toString();
            String revised = UUID.randomUUID().toString();
            EnrichedArticles.send(EnrichedArticles.article(id, "r1", "Потоковая новость", Instant.now()));
            EnrichedArticles.send(EnrichedArticles.article(revised, "r1", "Версия 1", Instant.now()));

            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.contains(id))
                    && lines.stream().anyMatch(l -> l.contains(revised)));
            String event = lines.stream().filter(l -> l.contains(id)).findFirst().orElseThrow();
            assertThat(event).startsWith("data:").contains("\"title\":\"Потоковая новость\"").contains("\"revision\":\"r1\"");
            // Sent after commit: the article the event names is readable.
            given().get("/articles/" + id).then().statusCode(200);

            // A newer revision is an event too; a redelivery or a stale revision is not. Records of one
            // article share a partition, so r3's event comes after whatever the ones before it did.
            Instant t = Instant.now().plusSeconds(1);
            EnrichedArticles.send(EnrichedArticles.article(revised, "r2", "Версия 2", t));
            EnrichedArticles.send(EnrichedArticles.article(revised, "r2", "Версия 2", t));
            EnrichedArticles.send(EnrichedArticles.article(revised, "r0", "Версия 0", t.minusSeconds(3600)));
            EnrichedArticles.send(EnrichedArticles.article(revised, "r3", "Версия 3", t.plusSeconds(1)));
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.contains("Версия 3")));
            assertThat(lines.stream().filter(l -> l.contains(revised) && l.contains("Версия 2"))).hasSize(1);
            assertThat(lines.stream().filter(l -> l.contains("Версия 0"))).isEmpty();
            assertThat(lines.stream().filter(l -> l.contains(id))).hasSize(1);
        } finally {
            reader.cancel(true);
            response.cancel(true);
        }
    }
}
