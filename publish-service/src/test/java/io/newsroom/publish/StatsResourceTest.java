package io.newsroom.publish;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.newsroom.publish.ArticleSearchTest.capital;
import static io.newsroom.publish.ArticleSearchTest.store;
import static io.newsroom.publish.ArticleSearchTest.uuid;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** GET /stats over a window only this test writes into. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class StatsResourceTest {

    private static final Instant T = Instant.parse("2031-03-01T10:15:00Z");

    @Test
    void countsAndTopsOverTheWindow() {
        String city = "Город " + capital(EnrichedArticles.uniqueWord());
        String speaker = "Иван " + capital(EnrichedArticles.uniqueWord());
        store(EnrichedArticles.builder(uuid(), "Первая", T).source("Лента А")
                .entity("c", EntityType.LOCATION, city, city, city)
                .entity("s", EntityType.PERSON, speaker, speaker)
                .quote("Статья", speaker, "s").build());
        store(EnrichedArticles.builder(uuid(), "Вторая", T.plusSeconds(600)).source("Лента А")
                .entity("c", EntityType.LOCATION, city, city)
                .entity("s", EntityType.PERSON, speaker, speaker)
                .quote("Вторая", speaker, "s").build());
        store(EnrichedArticles.builder(uuid(), "Third", T.plusSeconds(3600)).language("en").source("Wire B")
                .quote("Third", "Anonymous Official", null).build());
        // Outside the window.
        store(EnrichedArticles.builder(uuid(), "Позже", T.plusSeconds(7200)).source("Лента А").build());

        JsonPath stats = given().queryParam("from", "2031-03-01T10:00:00Z").queryParam("to", "2031-03-01T12:00:00Z")
                .get("/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getLong("articles")).isEqualTo(3);
        assertThat(stats.getLong("quotes")).isEqualTo(3);
        assertThat(stats.getList("byLanguage", Map.class)).containsExactly(
                Map.of("language", "ru", "articles", 2), Map.of("language", "en", "articles", 1));
        assertThat(stats.getList("bySource", Map.class)).containsExactly(
                Map.of("source", "Лента А", "articles", 2), Map.of("source", "Wire B", "articles", 1));
        assertThat(stats.getString("topEntities[0].name")).isEqualTo(city);
        assertThat(stats.getInt("topEntities[0].mentions")).isEqualTo(3);
        assertThat(stats.getInt("topEntities[0].articles")).isEqualTo(2);
        assertThat(stats.getString("topEntities[1].name")).isEqualTo(speaker);
        assertThat(stats.getInt("topEntities[1].mentions")).isEqualTo(2);
        assertThat(stats.getString("topSpeakers[0].name")).isEqualTo(speaker);
        assertThat(stats.getString("topSpeakers[0].entityId")).isNotNull();
        assertThat(stats.getInt("topSpeakers[0].quotes")).isEqualTo(2);
        assertThat(stats.getString("topSpeakers[1].name")).isEqualTo("Anonymous Official");
        assertThat(stats.getList("articlesPerHour", Map.class)).containsExactly(
                Map.of("hour", "2031-03-01T10:00:00Z", "articles", 2), Map.of("hour", "2031-03-01T11:00:00Z", "articles", 1));
        // Received "in the future" (stored before its receipt time): no lag is known for this window.
        assertThat(stats.getMap("$")).containsEntry("pipelineLag", null);
    }

    @Test
    void pipelineLagRunsFromReceiptToStorage() {
        // Received three seconds ago, stored now: the lag is at least those three seconds.
        store(EnrichedArticles.builder(uuid(), "Задержка", Instant.now().minusSeconds(3)).build());
        JsonPath stats = given().queryParam("hours", 1).get("/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getLong("pipelineLag.articles")).isGreaterThanOrEqualTo(1);
        assertThat(stats.getDouble("pipelineLag.p50Ms")).isGreaterThanOrEqualTo(0);
        assertThat(stats.getDouble("pipelineLag.p95Ms")).isGreaterThanOrEqualTo(stats.getDouble("pipelineLag.p50Ms"));
        assertThat(stats.getDouble("pipelineLag.maxMs")).isGreaterThanOrEqualTo(3000);
    }

    @Test
    void theDefaultWindowIsTheLast24Hours() {
        JsonPath stats = given().get("/stats").then().statusCode(200).extract().jsonPath();
        Instant from = Instant.parse(stats.getString("from"));
        Instant to = Instant.parse(stats.getString("to"));
        assertThat(to.getEpochSecond() - from.getEpochSecond()).isEqualTo(24 * 3600);
        given().queryParam("hours", 1).get("/stats").then().statusCode(200);
    }

    @Test
    void badWindowsAre400() {
        given().queryParam("hours", 0).get("/stats").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("hours", "lots").get("/stats").then().statusCode(400);
        given().queryParam("hours", 1_000_000).get("/stats").then().statusCode(400);
        given().queryParam("from", "yesterday").get("/stats").then().statusCode(400);
        given().queryParam("from", "2031-03-02").queryParam("to", "2031-03-01").get("/stats").then().statusCode(400)
                .body("detail", equalTo("from must be before to."));
        given().queryParam("from", "2000-01-01").queryParam("to", "2031-03-01").get("/stats").then().statusCode(400);
    }
}
