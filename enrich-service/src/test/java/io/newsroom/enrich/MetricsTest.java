package io.newsroom.enrich;

import io.newsroom.testsupport.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
}
