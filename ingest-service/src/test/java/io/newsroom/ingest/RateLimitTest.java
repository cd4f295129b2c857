package io.newsroom.ingest;

import io.newsroom.testsupport.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** One key flooding the service is slowed down with 429; another key keeps being served. */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
@QuarkusTestResource(KafkaResource.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pipeline.ingest.rate-limit.requests-per-second", "2");
        }
    }

    @Test
    void aFloodingKeyGets429WithRetryAfterAndOthersAreServed() {
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 12; i++) {
            var response = given().header("X-Api-Key", "test-key").contentType("text/plain").body("Flood " + i + "\n\nbody")
                    .post("/articles");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(statuses).contains(202, 429);
        assertThat(retryAfter).isNotNull();
        given().header("X-Api-Key", "other-key").contentType("text/plain").body("Other client\n\nbody")
                .when().post("/articles")
                .then().statusCode(202);
    }
}
