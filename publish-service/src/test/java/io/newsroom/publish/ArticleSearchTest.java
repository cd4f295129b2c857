package io.newsroom.publish;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** GET /articles filters through HTTP on the real database: q, entity, language, source, from/to, and paging. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class ArticleSearchTest {

    private static final Instant T = Instant.parse("2030-05-01T12:00:00Z");

    @Test
    void russianStemmingFindsOtherCaseForms() {
        String source = "Лента " + UUID.randomUUID();
        String a = store(EnrichedArticles.builder(uuid(), "Мост в Петербург открыт", T).source(source)
                .body("Новый мост соединил берега.").build());
        String b = store(EnrichedArticles.builder(uuid(), "Погода", T.plusSeconds(1)).source(source)
                .body("В Москве идёт снег.").build());

        assertThat(ids(Map.of("q", "Петербурге", "source", source))).containsExactly(a);
        assertThat(ids(Map.of("q", "Петербурге Москве", "source", source))).isEmpty(); // every word must match
        assertThat(ids(Map.of("q", "мосты", "source", source))).containsExactly(a);
        assertThat(ids(Map.of("q", "Москва", "source", source))).containsExactly(b);
        assertThat(ids(Map.of("q", "снег OR мост", "source", source))).containsExactly(b, a);
        assertThat(ids(Map.of("q", "снег -Москве", "source", source))).isEmpty();
    }

    @Test
    void englishArticlesAreStemmedInEnglish() {
        String source = "Wire " + UUID.randomUUID();
        String en = store(EnrichedArticles.builder(uuid(), "Ministers running late", T).language("en").source(source)
                .body("The harbour reopened on Monday after the storms.").build());
        assertThat(ids(Map.of("q", "run", "source", source))).containsExactly(en);
        assertThat(ids(Map.of("q", "storm harbours", "source", source))).containsExactly(en);
        assertThat(ids(Map.of("q", "\"reopened on Monday\"", "source", source))).containsExactly(en);
        assertThat(ids(Map.of("q", "\"Monday reopened\"", "source", source))).isEmpty();
    }

    @Test
    void filtersByEntityLanguageSourceAndTime() {
        String source = "Источник " + UUID.randomUUID();
        String person = "Олег " + capital(EnrichedArticles.uniqueWord());
        String ru = store(EnrichedArticles.builder(uuid(), "Визит " + person, T).source(source)
                .publishedAt(Instant.parse("2030-04-01T08:00:00Z"))
                .entity("e1", EntityType.PERSON, person, person).build());
        String en = store(EnrichedArticles.builder(uuid(), "Visit", T.plusSeconds(1)).language("en").source(source)
                .body("A visit by " + person + ".").entity("p", EntityType.PERSON, person, person).build());
        String other = store(EnrichedArticles.builder(uuid(), "Другое", T.plusSeconds(2)).source(source).build());

        String entityId = given().queryParam("q", person).get("/entities").then().statusCode(200)
                .extract().jsonPath().getString("items[0].id");
        assertThat(ids(Map.of("entity", entityId))).containsExactly(en, ru);
        assertThat(ids(Map.of("entity", entityId, "language", "ru"))).containsExactly(ru);
        assertThat(ids(Map.of("source", source))).containsExactly(other, en, ru);
        assertThat(ids(Map.of("source", source, "language", "en"))).containsExactly(en);
        assertThat(ids(Map.of("source", "nobody " + UUID.randomUUID()))).isEmpty();
        assertThat(ids(Map.of("entity", UUID.randomUUID().toString()))).isEmpty();
        // from/to compare the published time when there is one, else the received time.
        assertThat(ids(Map.of("source", source, "from", "2030-04-01", "to", "2030-04-02"))).containsExactly(ru);
        assertThat(ids(Map.of("source", source, "from", "2030-05-01T12:00:01Z"))).containsExactly(other, en);
        assertThat(ids(Map.of("source", source, "to", "2030-05-01T12:00:01Z"))).containsExactly(ru);
    }

    @Test
    void pagingThroughAFilteredListWithInsertsBetweenPages() {
        String source = "Пагинация " + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(0, store(EnrichedArticles.builder(uuid(), "Статья " + i, T.plusSeconds(10 + i)).source(source).build()));
        }
        JsonPath first = page(Map.of("source", source, "limit", "2"), null);
        assertThat(first.getList("items.id")).containsExactly(ids.get(0), ids.get(1));

        // Newer articles arrive between the pages, and one older than the cursor.
        String newer = store(EnrichedArticles.builder(uuid(), "Новее", T.plusSeconds(100)).source(source).build());
        String older = store(EnrichedArticles.builder(uuid(), "Старее", T).source(source).build());

        JsonPath second = page(Map.of("source", source, "limit", "2"), first.getString("nextCursor"));
        assertThat(second.getList("items.id")).containsExactly(ids.get(2), ids.get(3));
        JsonPath third = page(Map.of("source", source, "limit", "2"), second.getString("nextCursor"));
        assertThat(third.getList("items.id")).containsExactly(ids.get(4), older);
        assertThat(third.getString("nextCursor")).isNull();
        assertThat(ids(Map.of("source", source, "limit", "1"))).containsExactly(newer);

        // Exactly a full last page: no cursor pointing at an empty page.
        JsonPath all = page(Map.of("source", source, "limit", "7"), null);
        assertThat(all.getList("items")).hasSize(7);
        assertThat(all.getString("nextCursor")).isNull();
    }

    @Test
    void relevanceRanksTitleWordsAboveBodyWords() {
        String source = "Релевантность " + UUID.randomUUID();
        String word = EnrichedArticles.uniqueWord();
        String inTitle = store(EnrichedArticles.builder(uuid(), "Новость про " + word, T).source(source)
                .body("Обычный текст без особых слов.").build());
        String inBody = store(EnrichedArticles.builder(uuid(), "Другая новость", T.plusSeconds(1)).source(source)
                .body("В этом тексте есть " + word + " и ещё слова.").build());
        store(EnrichedArticles.builder(uuid(), "Без слова", T.plusSeconds(2)).source(source).build());

        assertThat(ids(Map.of("q", word, "source", source))).containsExactly(inBody, inTitle);
        assertThat(ids(Map.of("q", word, "source", source, "sort", "relevance"))).containsExactly(inTitle, inBody);
        JsonPath first = page(Map.of("q", word, "source", source, "sort", "relevance", "limit", "1"), null);
        assertThat(first.getFloat("items[0].rank")).isPositive();
        JsonPath second = page(Map.of("q", word, "source", source, "sort", "relevance", "limit", "1"),
                first.getString("nextCursor"));
        assertThat(first.getList("items.id")).containsExactly(inTitle);
        assertThat(second.getList("items.id")).containsExactly(inBody);
        assertThat(second.getString("nextCursor")).isNull();
        // A newest-first cursor is not a relevance cursor, and relevance needs words.
        given().queryParam("q", word).queryParam("sort", "relevance").queryParam("cursor",
                page(Map.of("limit", "1"), null).getString("nextCursor")).get("/articles").then().statusCode(400);
        given().queryParam("sort", "relevance").get("/articles").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("sort", "oldest").get("/articles").then().statusCode(400);
    }

    @Test
    void anEmptyResultIsAnEmptyPage() {
        JsonPath empty = page(Map.of("q", EnrichedArticles.uniqueWord()), null);
        assertThat(empty.getList("items")).isEmpty();
        assertThat(empty.getString("nextCursor")).isNull();
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String source = "Курсор " + UUID.randomUUID();
        store(EnrichedArticles.builder(uuid(), "Один", T).source(source)
                .entity("e", EntityType.LOCATION, "Город " + EnrichedArticles.uniqueWord()).build());
        store(EnrichedArticles.builder(uuid(), "Два", T.plusSeconds(1)).source(source)
                .entity("e", EntityType.LOCATION, "Город " + EnrichedArticles.uniqueWord()).build());
        String entityCursor = given().queryParam("limit", 1).get("/entities").then().statusCode(200)
                .extract().path("nextCursor");
        given().queryParam("cursor", entityCursor).get("/articles").then().statusCode(400)
                .contentType("application/problem+json");
    }

    static String store(EnrichedArticle article) {
        EnrichedArticles.send(article);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get("/articles/" + article.id()).then().extract().path("revision") instanceof String r
                        && r.equals(article.revision()));
        return article.id();
    }

    static List<String> ids(Map<String, String> params) {
        return page(params, null).getList("items.id", String.class);
    }

    static JsonPath page(Map<String, String> params, String cursor) {
        RequestSpecification request = given().queryParams(params);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.get("/articles").then().statusCode(200).extract().jsonPath();
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
