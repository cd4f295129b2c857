package io.newsroom.ingest;

import io.newsroom.testsupport.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several large batches at once: beyond the in-flight budget a batch is refused whole with 503 + Retry-After
 * (never half-taken, never an out-of-memory crash); the service stays ready and takes it when resent.
 */
@QuarkusTest
@TestProfile(InFlightBudgetTest.SmallBudget.class)
@QuarkusTestResource(KafkaResource.class)
class InFlightBudgetTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pipeline.ingest.max-inflight-bytes", "3000000", "pipeline.ingest.max-inflight-wait-ms", "0",
                    "pipeline.ingest.rate-limit.requests-per-second", "0");
        }
    }

    /** An NDJSON batch of about 2 MB: 100 articles of 20 kB. */
    private static byte[] batch(int n) {
        String body = "Городской совет обсудил бюджет и ремонт дорог. ".repeat(220);
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            ndjson.append("{\"title\":\"Бюджет ").append(n).append('-').append(i).append("\",\"source\":\"budget-test\",")
                    .append("\"externalId\":\"budget-").append(n).append('-').append(i).append("\",\"body\":\"")
                    .append(body).append("\"}\n");
        }
        return ndjson.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Response post(byte[] batch) {
        return given().header("X-Api-Key", "test-key").contentType("application/x-ndjson").body(batch).post("/articles");
    }

    @Test
    void batchesBeyondTheBudgetAre503WithRetryAfterAndTakenWhenResent() throws Exception {
        List<byte[]> batches = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            batches.add(batch(n));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> answers = new ArrayList<>();
        for (byte[] b : batches) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return post(b);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Response r = answers.get(i).get();
            statuses.add(r.statusCode());
            if (r.statusCode() == 503) {
                assertThat(r.header("Retry-After")).isNotBlank();
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.body().asString()).contains("busy");
                // nothing of a refused batch was taken: resent, every item is accepted
                Response again = post(batches.get(i));
                for (int attempt = 0; again.statusCode() == 503 && attempt < 20; attempt++) {
                    Thread.sleep(500);
                    again = post(batches.get(i));
                }
                assertThat(again.statusCode()).isEqualTo(202);
                assertThat(again.jsonPath().getInt("accepted")).isEqualTo(100);
            } else {
                assertThat(r.statusCode()).isEqualTo(202);
                assertThat(r.jsonPath().getInt("accepted")).isEqualTo(100);
            }
        }
        assertThat(statuses).contains(202, 503);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
