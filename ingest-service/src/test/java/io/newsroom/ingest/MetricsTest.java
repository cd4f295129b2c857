package io.newsroom.ingest;

import io.newsroom.testsupport.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** /q/metrics after real traffic: accepted articles by format, refused ones by reason, Kafka client metrics. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class MetricsTest {

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void acceptedAndRejectedArticlesAreCountedWithTheirReason() {
        String before = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (int i = 0; i < 3; i++) {
            given().header("X-Api-Key", "test-key").contentType("text/plain").body("Counted " + i + "\n\nbody")
                    .post("/articles").then().statusCode(202);
        }
        given().contentType("text/plain").body("No key\n\nbody").post("/articles").then().statusCode(401);
        given().header("X-Api-Key", "test-key").contentType("text/plain").body(" ").post("/articles").then().statusCode(422);

        String after = given().get("/q/metrics").then().statusCode(200).extract().asString();
        String accepted = "newsroom_ingest_articles_accepted_total{format=\"text/plain\"}";
        assertThat(value(after, accepted) - value(before, accepted)).isEqualTo(3.0);
        String noKey = "newsroom_ingest_articles_rejected_total{reason=\"API key required\"}";
        assertThat(value(after, noKey) - value(before, noKey)).isEqualTo(1.0);
        String empty = "newsroom_ingest_articles_rejected_total{reason=\"Article not acceptable\"}";
        assertThat(value(after, empty) - value(before, empty)).isEqualTo(1.0);
        assertThat(after).contains("kafka_producer_", "http_server_requests_seconds", "jvm_memory_used_bytes");
    }
}
