package io.newsroom.publish;

import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Store latency, stored articles by outcome and consumer lag per partition on /q/metrics after real records. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class MetricsTest {

    @Test
    void storingIsTimedAndCountedAndLagIsExposed() {
        String id = UUID.randomUUID().toString();
        EnrichedArticles.send(EnrichedArticles.article(id, "r1", "Метрики", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/articles/" + id).statusCode() == 200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("newsroom_publish_store_seconds_count", "newsroom_publish_store_seconds{quantile=\"0.99\"",
                "newsroom_publish_articles_total{outcome=\"CREATED\"}", "kafka_consumer_fetch_manager_records_lag");
    }
}
