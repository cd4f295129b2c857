package io.newsroom.publish;

import io.agroal.api.AgroalDataSource;
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
    void aRecordThatIsNotAnArticleIsDeadLettered() {
        String key = "poison-" + UUID.randomUUID();
        TopicProbe.send(Topics.ENRICHED, key, "{\"id\":\"not-a-uuid\",\"revision\":\"r\",\"receivedAt\":\"2026-11-20T10:00:00Z\"}");
        var dead = TopicProbe.awaitRecords(Topics.ENRICHED_DLQ, key, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("not a UUID");
    }

    @Test
    void unknownArticlesAre404ProblemJson() {
        given().get("/articles/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/articles/../../etc/passwd").then().statusCode(404);
        given().get("/articles/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
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
