package io.newsroom.publish;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.newsroom.publish.ArticleSearchTest.capital;
import static io.newsroom.publish.ArticleSearchTest.store;
import static io.newsroom.publish.ArticleSearchTest.uuid;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /quotes through HTTP on the real database. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class QuoteResourceTest {

    private static final Instant T = Instant.parse("2030-07-01T09:00:00Z");

    @Test
    void quotesBySpeakerNameOrEntityByWordsAndByArticle() {
        String surname = capital(EnrichedArticles.uniqueWord());
        String minister = "Пётр " + surname;
        String other = "Мария " + capital(EnrichedArticles.uniqueWord());
        String word = EnrichedArticles.uniqueWord();
        String first = "Мы откроем " + word + " до конца года";
        String second = "Сроки не изменятся";
        String third = "Это решение принято давно";
        String body = "«" + first + "», — сказал " + minister + ". «" + second + "», — добавил " + surname
                + ". «" + third + "», — заявила " + other + ".";
        String article = store(EnrichedArticles.builder(uuid(), "Заявление министра", T).body(body)
                .entity("p1", EntityType.PERSON, minister, minister, surname)
                .quote(first, minister, "p1")
                .quote(second, surname, "p1")
                .quote(third, other, null).build());

        // By the speaker's words in any case form: the quoted name, or any alias of the speaker entity.
        assertThat(texts(Map.of("speaker", surname + "а"))).containsExactly(second, first);
        assertThat(texts(Map.of("speaker", "пётр " + surname.toLowerCase()))).containsExactly(second, first);
        assertThat(texts(Map.of("speaker", other))).containsExactly(third);

        JsonPath page = given().queryParam("speaker", minister).get("/quotes").then().statusCode(200)
                .extract().jsonPath();
        String entityId = page.getString("items[0].speaker.entityId");
        assertThat(entityId).isNotNull().isNotEqualTo("p1"); // the global id, not the article's own
        assertThat(page.getString("items[1].speaker.name")).isEqualTo(minister);
        assertThat(page.getString("items[1].articleId")).isEqualTo(article);
        assertThat(page.getInt("items[1].start")).isEqualTo(1 + "Заявление министра\n\n".length());
        assertThat(page.getInt("items[1].end")).isEqualTo(1 + "Заявление министра\n\n".length() + first.length());
        assertThat(page.getInt("items[1].offsets.start")).isEqualTo(page.getInt("items[1].start"));
        assertThat(page.getString("items[1].kind")).isEqualTo("DIRECT");

        // By entity id: the same quotes.
        assertThat(texts(Map.of("speaker", entityId))).containsExactly(second, first);
        given().get("/entities/" + entityId).then().statusCode(200);
        // Words of the quote (stemmed), alone or with a speaker.
        assertThat(texts(Map.of("q", word))).containsExactly(first);
        assertThat(texts(Map.of("q", "решения", "article", article))).containsExactly(third);
        assertThat(texts(Map.of("q", "решения", "speaker", surname))).isEmpty();
        // By article: all three, then in pages of one that never repeat.
        assertThat(texts(Map.of("article", article))).containsExactly(third, second, first);
        JsonPath p1 = given().queryParam("article", article).queryParam("limit", 2).get("/quotes").then()
                .statusCode(200).extract().jsonPath();
        JsonPath p2 = given().queryParam("article", article).queryParam("limit", 2)
                .queryParam("cursor", p1.getString("nextCursor")).get("/quotes").then().statusCode(200).extract().jsonPath();
        assertThat(p1.getList("items.text")).containsExactly(third, second);
        assertThat(p2.getList("items.text")).containsExactly(first);
        assertThat(p2.getString("nextCursor")).isNull();
    }

    @Test
    void aPrefixMatchingMoreThan200SpeakersStillPagesCompletely() {
        String family = capital(EnrichedArticles.uniqueWord());
        var article = EnrichedArticles.builder(uuid(), "Опрос", T.plusSeconds(3600));
        for (int i = 0; i < 205; i++) {
            article.quote("Мнение номер " + i, family + " " + Integer.toString(i, 36) + "x" + i, null);
        }
        String id = store(article.build());
        JsonPath first = given().queryParam("speaker", family).queryParam("limit", 200).get("/quotes").then()
                .statusCode(200).extract().jsonPath();
        JsonPath second = given().queryParam("speaker", family).queryParam("limit", 200)
                .queryParam("cursor", first.getString("nextCursor")).get("/quotes").then().statusCode(200).extract().jsonPath();
        List<String> all = new java.util.ArrayList<>(first.getList("items.text", String.class));
        all.addAll(second.getList("items.text", String.class));
        assertThat(all).hasSize(205).doesNotHaveDuplicates();
        assertThat(second.getString("nextCursor")).isNull();
        assertThat(first.getList("items.articleId", String.class)).containsOnly(id);
    }

    @Test
    void badArticleIdsAndUnknownSpeakersAnswerCleanly() {
        given().queryParam("article", "42").get("/quotes").then().statusCode(400).contentType("application/problem+json");
        assertThat(texts(Map.of("speaker", uuid()))).isEmpty();
        assertThat(texts(Map.of("speaker", EnrichedArticles.uniqueWord()))).isEmpty();
        assertThat(texts(Map.of("speaker", "«»—"))).isEmpty();
    }

    static List<String> texts(Map<String, String> params) {
        return given().queryParams(params).get("/quotes").then().statusCode(200).extract().jsonPath()
                .getList("items.text", String.class);
    }
}
