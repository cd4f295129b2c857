package io.newsroom.ingest;

import io.newsroom.testsupport.Infrastructure;
import io.newsroom.testsupport.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** With the broker down ingest says 503 with Retry-After (never 202), and recovers by itself. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class KafkaOutageTest {

    @Test
    void brokerDownMeans503AndBrokerBackMeans202Again() throws Exception {
        // The app and its producer are warm before the broker goes away.
        given().header("X-Api-Key", "test-key").contentType("text/plain").body("Before\n\nbody")
                .post("/articles").then().statusCode(202);

        Infrastructure.get().stopKafka();
        try {
            Instant start = Instant.now();
            given().header("X-Api-Key", "test-key").contentType("text/plain").body("During\n\nbody")
                    .when().post("/articles")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
            given().when().get("/q/health/ready").then().statusCode(503);
        } finally {
            Infrastructure.get().startKafka();
        }

        Instant deadline = Instant.now().plusSeconds(60);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 202) {
            status = given().header("X-Api-Key", "test-key").contentType("text/plain").body("After\n\nbody")
                    .post("/articles").statusCode();
        }
        assertThat(status).as("ingest accepts again once the broker is back").isEqualTo(202);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
