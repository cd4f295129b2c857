package io.newsroom.publish;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.newsroom.publish.ArticleSearchTest.capital;
import static io.newsroom.publish.ArticleSearchTest.store;
import static io.newsroom.publish.ArticleSearchTest.uuid;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** GET /entities and GET /entities/{id} through HTTP on the real database. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class EntityResourceTest {

    private static final Instant T = Instant.parse("2030-06-01T09:00:00Z");

    @Test
    void oneEntityAcrossArticlesFoundByAnyFormOfItsName() {
        String surname = capital(EnrichedArticles.uniqueWord());
        String name = "Анна " + surname;
        // Two articles, each with its own local entity id and its own surface forms.
        String first = store(EnrichedArticles.builder(uuid(), "Интервью", T)
                .body("Вчера " + name + " дала интервью. " + surname + "а рассказала о планах.")
                .entity("e1", EntityType.PERSON, name, name, surname + "а").build());
        String second = store(EnrichedArticles.builder(uuid(), "Встреча", T.plusSeconds(60))
                .body("Министр встретился с " + surname + "ой.")
                .entity("x7", EntityType.PERSON, "  анна   " + surname.toLowerCase() + " ", surname + "ой").build());

        JsonPath found = given().queryParam("q", surname).get("/entities").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("items")).hasSize(1);
        assertThat(found.getString("items[0].name")).isEqualTo(name);
        assertThat(found.getString("items[0].type")).isEqualTo("PERSON");
        assertThat(found.getInt("items[0].articleCount")).isEqualTo(2);
        assertThat(found.getInt("items[0].mentionCount")).isEqualTo(3);
        String id = found.getString("items[0].id");

        // Any case form, any letter case, a prefix, several words, an alias only the mentions used.
        for (String q : List.of(surname.toUpperCase(), surname.toLowerCase() + "ой", surname + "у",
                surname.substring(0, 6), "анна " + surname.substring(0, 5), surname + "а")) {
            assertThat(given().queryParam("q", q).get("/entities").then().statusCode(200).extract()
                    .jsonPath().getList("items.id")).as(q).containsExactly(id);
        }
        assertThat(given().queryParam("q", surname).queryParam("type", "person").get("/entities").then()
                .statusCode(200).extract().jsonPath().getList("items.id")).containsExactly(id);
        assertThat(given().queryParam("q", surname).queryParam("type", "LOCATION").get("/entities").then()
                .statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        assertThat(given().queryParam("q", "Борис " + surname).get("/entities").then()
                .statusCode(200).extract().jsonPath().getList("items")).isEmpty();

        given().get("/entities/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("articleCount", equalTo(2))
                .body("latestArticles.id", equalTo(List.of(second, first)));
        List<String> aliases = given().get("/entities/" + id).then().extract().jsonPath().getList("aliases", String.class);
        assertThat(aliases).contains(name, surname + "а", surname + "ой");
    }

    @Test
    void theSameNameAsAnotherTypeIsAnotherEntity() {
        String name = capital(EnrichedArticles.uniqueWord());
        store(EnrichedArticles.builder(uuid(), "Компания и город", T)
                .entity("a", EntityType.ORGANIZATION, name, name)
                .entity("b", EntityType.LOCATION, name, name).build());
        JsonPath found = given().queryParam("q", name).get("/entities").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("items.type", String.class)).containsExactlyInAnyOrder("ORGANIZATION", "LOCATION");
    }

    @Test
    void pagesByNameNeverRepeat() {
        String stem = capital(EnrichedArticles.uniqueWord());
        var article = EnrichedArticles.builder(uuid(), "Список", T);
        for (int i = 0; i < 5; i++) {
            article.entity("e" + i, EntityType.ORGANIZATION, stem + " " + (char) ('А' + i));
        }
        store(article.build());
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", stem).queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/entities").then().statusCode(200).extract().jsonPath();
            for (String id : page.getList("items.id", String.class)) {
                assertThat(seen.add(id)).as("repeated " + id).isTrue();
            }
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(5);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void unknownTypeIsA400ThatNamesTheAllowedValues() {
        given().queryParam("type", "ALIEN").get("/entities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("PERSON"))
                .body("detail", containsString("LOCATION"))
                .body("detail", containsString("ORGANIZATION"));
    }

    @Test
    void unknownEntitiesAre404ProblemJson() {
        given().get("/entities/" + uuid()).then().statusCode(404).contentType("application/problem+json");
        given().get("/entities/not-an-id").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aQueryWithoutAnyWordIsAnEmptyList() {
        JsonPath page = given().queryParam("q", "'\"&|!():*").get("/entities").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items")).isEmpty();
        assertThat(page.getString("nextCursor")).isNull();
    }
}
