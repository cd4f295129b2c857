package io.newsroom.publish;

import io.agroal.api.AgroalDataSource;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.newsroom.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Through the real broker and the real database: articles.enriched in, rows in PostgreSQL, HTTP out. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class ArticleStorageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anEnrichedArticleBecomesReadable() {
        String id = UUID.randomUUID().toString();
        EnrichedArticles.send(EnrichedArticles.article(id, "r1", "Открыт новый мост", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/articles/" + id).then().statusCode(200)
                        .body("id", equalTo(id))
                        .body("title", equalTo("Открыт новый мост"))
                        .body("language", equalTo("ru"))
                        .body("body", equalTo("Текст статьи «Открыт новый мост».")));
    }

    @Test
    void aRedeliveredRecordChangesNothingAndANewerRevisionReplacesTheOlder() throws Exception {
        String id = UUID.randomUUID().toString();
        Instant received = Instant.parse("2026-11-20T10:00:00Z");
        EnrichedArticles.send(EnrichedArticles.article(id, "r1", "Первая версия", received));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/articles/" + id).statusCode() == 200);
        Instant storedAt = storedAt(id);

        EnrichedArticles.send(EnrichedArticles.article(id, "r1", "Первая версия", received));
        EnrichedArticles.send(EnrichedArticles.article(id, "r0", "Старая версия", received.minusSeconds(60)));
        EnrichedArticles.send(EnrichedArticles.article(id, "r2", "Вторая версия", received.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/articles/" + id).then().statusCode(200).body("title", equalTo("Вторая версия")));
        assertThat(rowCount(id)).isEqualTo(1);
        assertThat(storedAt(id)).isAfter(storedAt);
    }

    @Test
    void theSameRevisionFromANewerEnricherReplacesTheStoredOneAndOnlyThen() {
        String id = UUID.randomUUID().toString();
        Instant received = Instant.parse("2026-11-21T10:00:00Z");
        EnrichedArticles.send(EnrichedArticles.builder(id, "Первое обогащение", received).revision("r1").enricher("model@1").build());
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/articles/" + id).statusCode() == 200);

        // reprocessed with a better model: same revision, new enricher
        EnrichedArticles.send(EnrichedArticles.builder(id, "Второе обогащение", received).revision("r1").enricher("model@2").build());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/articles/" + id).then().statusCode(200).body("title", equalTo("Второе обогащение"))
                        .body("enricher", equalTo("model@2")));

        // the same revision and enricher again is a redelivery: nothing changes
        EnrichedArticles.send(EnrichedArticles.builder(id, "Повтор", received).revision("r1").enricher("model@2").build());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().get("/articles/" + id).then().body("title", equalTo("Второе обогащение")));
    }

    @Test
    void aNewerRevisionReplacesTheDerivedRowsAndKeepsEntityCountsRight() throws Exception {
        String id = UUID.randomUUID().toString();
        String kept = "Дума " + ArticleSearchTest.capital(EnrichedArticles.uniqueWord());
        String dropped = "Ольга " + ArticleSearchTest.capital(EnrichedArticles.uniqueWord());
        Instant received = Instant.parse("2030-08-01T10:00:00Z");
        var r1 = EnrichedArticles.builder(id, "Первая редакция", received).revision("r1")
                .body(kept + " и " + dropped + " обсудили бюджет.")
                .entity("a", EnrichedArticle.EntityType.ORGANIZATION, kept, kept)
                .entity("b", EnrichedArticle.EntityType.PERSON, dropped, dropped)
                .quote("Бюджет принят", dropped, "b").build();
        ArticleSearchTest.store(r1);
        // Redelivered twice, then an older revision: records of one article keep their order on its partition,
        // so once the older one is in the history, the redeliveries were processed too.
        EnrichedArticles.send(r1);
        EnrichedArticles.send(r1);
        EnrichedArticles.send(EnrichedArticles.article(id, "r0", "Черновик", received.minusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from article_revision where article_id = ?::uuid", id) == 2);
        assertThat(count("select count(*) from mention where article_id = ?::uuid", id)).isEqualTo(2);
        assertThat(count("select count(*) from quote where article_id = ?::uuid", id)).isEqualTo(1);
        given().queryParam("q", kept).get("/entities").then().statusCode(200)
                .body("items[0].articleCount", equalTo(1)).body("items[0].mentionCount", equalTo(1));
        given().queryParam("q", dropped).get("/entities").then().statusCode(200)
                .body("items[0].articleCount", equalTo(1)).body("items[0].mentionCount", equalTo(1));

        var r2 = EnrichedArticles.builder(id, "Вторая редакция", received.plusSeconds(60)).revision("r2")
                .body(kept + " снова " + kept + ".")
                .entity("z", EnrichedArticle.EntityType.ORGANIZATION, kept, kept, kept)
                .quote("Снова", "Пресс-служба", null).build();
        ArticleSearchTest.store(r2);
        assertDerivedFromR2(id, kept, dropped);

        // The topic replayed from the start (as after a consumer-group reset): nothing changes.
        EnrichedArticles.send(r1);
        EnrichedArticles.send(r2);
        EnrichedArticles.send(EnrichedArticles.article(id, "r-1", "Набросок", received.minusSeconds(120)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from article_revision where article_id = ?::uuid", id) == 4);
        assertDerivedFromR2(id, kept, dropped);
        given().get("/articles/" + id).then().body("revision", equalTo("r2")).body("title", equalTo("Вторая редакция"));
    }

    private void assertDerivedFromR2(String id, String kept, String dropped) throws Exception {
        assertThat(count("select count(*) from mention where article_id = ?::uuid", id)).isEqualTo(2);
        assertThat(count("select count(*) from article_entity where article_id = ?::uuid", id)).isEqualTo(1);
        assertThat(count("select count(*) from quote where article_id = ?::uuid", id)).isEqualTo(1);
        given().queryParam("q", kept).get("/entities").then().statusCode(200)
                .body("items[0].articleCount", equalTo(1)).body("items[0].mentionCount", equalTo(2));
        // Still an entity (it was seen), but no longer named by any article.
        given().queryParam("q", dropped).get("/entities").then().statusCode(200)
                .body("items[0].articleCount", equalTo(0)).body("items[0].mentionCount", equalTo(0));
        given().queryParam("article", id).get("/quotes").then().statusCode(200)
                .body("items.text", equalTo(java.util.List.of("Снова")));
    }

    @Test
    void aRecordThatIsNotAnArticleIsDeadLettered() {
        String key = "poison-" + UUID.randomUUID();
        TopicProbe.send(Topics.ENRICHED, key, "{\"id\":\"not-a-uuid\",\"revision\":\"r\",\"receivedAt\":\"2026-11-20T10:00:00Z\"}");
        var dead = TopicProbe.awaitRecords(Topics.ENRICHED_DLQ, key, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("not a UUID");
    }

    /** The dead-letter producer carries records as large as the largest enriched article's (it once stopped at 1 MB). */
    @Test
    void aPoisonRecordOfSeveralMegabytesIsDeadLetteredWholeAndTheNextArticleIsStored() {
        String key = "large-poison-" + UUID.randomUUID();
        String poison = "{\"id\":\"not-a-uuid\",\"revision\":\"r\",\"receivedAt\":\"2026-11-20T10:00:00Z\",\"text\":\""
                + "а".repeat(1_500_000) + "\"}";
        TopicProbe.send(Topics.ENRICHED, key, poison);
        String id = UUID.randomUUID().toString();
        EnrichedArticles.send(EnrichedArticles.article(id, "r1", "После большой ошибки", Instant.now()));

        var dead = TopicProbe.awaitRecords(Topics.ENRICHED_DLQ, key, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(poison);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/articles/" + id).then().statusCode(200).body("title", equalTo("После большой ошибки")));
    }

    @Test
    void unknownArticlesAre404ProblemJson() {
        given().get("/articles/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/articles/../../etc/passwd").then().statusCode(404);
        given().get("/articles/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    private long count(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long rowCount(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from article where id = ?::uuid")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Instant storedAt(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select stored_at from article where id = ?::uuid")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1).toInstant();
            }
        }
    }
}
