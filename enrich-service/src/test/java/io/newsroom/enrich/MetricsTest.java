package io.newsroom.enrich;

import io.newsroom.testsupport.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Per-stage enrichment timings (with percentiles) on /q/metrics after real enrichments. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class MetricsTest {

    @Test
    void everyStageIsTimed() {
        given().header("X-Api-Key", "test-key").contentType("text/plain")
                .body("Погода в Казани\n\nЗавтра в Казани ожидается снег и сильный ветер.")
                .post("/enrichments").then().statusCode(200);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains(
                "newsroom_enrich_stage_seconds_count{stage=\"structure\"}",
                "newsroom_enrich_stage_seconds_count{stage=\"language\"}",
                "newsroom_enrich_stage_seconds{stage=\"language\",quantile=\"0.99\"}",
                "newsroom_enrich_article_seconds_count",
                "newsroom_enrich_quotes_total");
    }

    @Test
    void deadLettersAreCountedByTopicAndReason() {
        TopicProbe.send(Topics.RAW, "metrics-poison-" + UUID.randomUUID(), "{not an article");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(given().get("/q/metrics").then().extract().asString()).contains(
                        "newsroom_dead_letters_total{reason=\"MalformedEventException\",topic=\"articles.raw.dlq\"}"));
    }
}
