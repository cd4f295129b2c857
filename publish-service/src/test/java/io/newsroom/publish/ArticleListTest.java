package io.newsroom.publish;

import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class ArticleListTest {

    @Test
    void articlesComeNewestFirstInPagesThatNeverRepeat() {
        // Far in the future, so these five are the newest whatever other tests stored.
        Instant base = Instant.parse("2099-01-01T00:00:00Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(0, id);
            EnrichedArticles.send(EnrichedArticles.article(id, "r", "Статья " + i, base.plusSeconds(i)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> given().get("/articles/" + id).statusCode() == 200));

        JsonPath first = given().queryParam("limit", 2).get("/articles").then().statusCode(200).extract().jsonPath();
        JsonPath second = given().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/articles").then().statusCode(200).extract().jsonPath();

        assertThat(first.getList("items.id")).containsExactly(ids.get(0), ids.get(1));
        assertThat(second.getList("items.id")).containsExactly(ids.get(2), ids.get(3));
        assertThat(first.getList("items.title", String.class)).containsExactly("Статья 4", "Статья 3");
    }

    @Test
    void theLastPageHasNoNextCursor() {
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 200);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            cursor = request.get("/articles").then().statusCode(200).extract().path("nextCursor");
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(cursor).isNull();
    }

    @Test
    void hostileParametersAre400NotErrors() {
        given().queryParam("limit", 0).get("/articles").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", 201).get("/articles").then().statusCode(400);
        given().queryParam("limit", -5).get("/articles").then().statusCode(400);
        given().queryParam("limit", "lots").get("/articles").then().statusCode(400);
        given().queryParam("cursor", "'; drop table article; --").get("/articles").then().statusCode(400)
                .body("detail", containsString("cursor"));
        given().queryParam("cursor", "x".repeat(10_000)).get("/articles").then().statusCode(400);
    }
}
