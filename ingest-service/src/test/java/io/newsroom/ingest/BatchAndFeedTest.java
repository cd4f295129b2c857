package io.newsroom.ingest;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.RawArticle;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class BatchAndFeedTest {

    /** Sends Content-Type exactly as written: REST Assured would otherwise add charset=ISO-8859-1. */
    private static io.restassured.specification.RequestSpecification request() {
        return given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("X-Api-Key", "test-key");
    }

    private static RawArticle onTopic(String id) {
        return ArticleJson.read(TopicProbe.awaitRecord(Topics.RAW, id, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no record " + id)).value(), RawArticle.class);
    }

    @Test
    void ndjsonItemsAreJudgedOneByOneAndTheGoodOnesPublished() {
        String batch = """
                {"title":"Первая","body":"Текст первой статьи."}
                {"title":"Без текста"}
                not json at all

                {"title":"Третья","body":"Текст третьей статьи.","source":"Лента","externalId":"x-%s"}
                """.formatted(UUID.randomUUID());
        JsonPath answer = request().contentType("application/x-ndjson")
                .body(batch.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(207).extract().jsonPath();

        assertThat(answer.getInt("accepted")).isEqualTo(2);
        assertThat(answer.getInt("rejected")).isEqualTo(2);
        assertThat(answer.getList("items.status", Integer.class)).containsExactly(202, 422, 400, 202);
        assertThat(answer.getString("items[1].problem.detail")).contains("\"body\" is required");
        assertThat(onTopic(answer.getString("items[0].id")).title()).isEqualTo("Первая");
        assertThat(onTopic(answer.getString("items[3].id")).contentType()).isEqualTo("application/x-ndjson");
    }

    @Test
    void aJsonArrayIsABatchAndAllGoodMeans202() {
        JsonPath answer = request().contentType("application/json")
                .body("[{\"body\":\"One\"},{\"body\":\"Two\",\"title\":\"Second\"}]")
                .when().post("/articles")
                .then().statusCode(202).extract().jsonPath();
        assertThat(answer.getInt("accepted")).isEqualTo(2);
        assertThat(onTopic(answer.getString("items[1].id")).title()).isEqualTo("Second");
    }

    @Test
    void aBrokenArrayIsRefusedWhole() {
        request().contentType("application/json").body("[{\"body\":\"One\"}, {\"bo")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Malformed batch"));
    }

    @Test
    void everyRssItemBecomesAnArticle() {
        String guid = "urn:test:" + UUID.randomUUID();
        String rss = """
                <?xml version="1.0" encoding="windows-1251"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Вечерний вестник</title><link>https://vestnik.example/</link><language>ru</language>
                    <item>
                      <title>В Самаре открыли набережную</title>
                      <link>https://vestnik.example/news/1</link>
                      <guid>%s</guid>
                      <pubDate>Tue, 24 Nov 2026 18:30:00 +0300</pubDate>
                      <author>editor@vestnik.example (Ольга Смирнова)</author>
                      <content:encoded><![CDATA[<p>Новую набережную открыли во вторник.</p><p>Работы шли два года.</p>]]></content:encoded>
                    </item>
                    <item>
                      <title>Пустая новость</title>
                      <link>https://vestnik.example/news/2</link>
                    </item>
                  </channel>
                </rss>
                """.formatted(guid);
        JsonPath answer = request().contentType("application/rss+xml")
                .body(rss.getBytes(Charset.forName("windows-1251")))
                .when().post("/articles")
                .then().statusCode(207).extract().jsonPath();

        assertThat(answer.getList("items.status", Integer.class)).containsExactly(202, 422);
        RawArticle first = onTopic(answer.getString("items[0].id"));
        assertThat(first.title()).isEqualTo("В Самаре открыли набережную");
        assertThat(first.body()).isEqualTo("Новую набережную открыли во вторник.\n\nРаботы шли два года.");
        assertThat(first.source()).isEqualTo("Вечерний вестник");
        assertThat(first.url()).isEqualTo("https://vestnik.example/news/1");
        assertThat(first.externalId()).isEqualTo(guid);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-11-24T15:30:00Z"));
        assertThat(first.contentType()).isEqualTo("application/rss+xml");
    }

    @Test
    void anAtomFeedWorksToo() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Harbour Times</title><id>urn:harbour</id><updated>2026-11-25T08:00:00Z</updated>
                  <entry>
                    <title>Ferry timetable changes</title><id>urn:harbour:%s</id>
                    <link href="https://harbour.example/ferry"/>
                    <updated>2026-11-25T08:00:00Z</updated>
                    <author><name>Sam Reid</name></author>
                    <content type="html">&lt;p&gt;Winter ferries leave an hour later from Monday.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """.formatted(UUID.randomUUID());
        String id = request().contentType("application/atom+xml").body(atom.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(202).extract().path("items[0].id");
        RawArticle article = onTopic(id);
        assertThat(article.authors()).containsExactly("Sam Reid");
        assertThat(article.body()).isEqualTo("Winter ferries leave an hour later from Monday.");
    }

    @Test
    void externalEntitiesInAFeedAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>t</title><item><title>&secret;</title><description>x</description></item></channel></rss>
                """;
        request().contentType("application/rss+xml").body(xxe.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not a readable RSS or Atom feed"));
    }

    @Test
    void tooManyItemsIs413() {
        String many = String.join("\n", java.util.Collections.nCopies(1001, "{\"body\":\"x\"}"));
        request().contentType("application/x-ndjson").body(many.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(413).body("detail", containsString("at most 1000"));
    }

    @Test
    void theSameIdempotencyKeyKeepsTheSameIdsPerPosition() {
        String key = UUID.randomUUID().toString();
        List<String> first = request().header("Idempotency-Key", key)
                .contentType("application/x-ndjson").body("{\"body\":\"a\"}\n{\"body\":\"b\"}".getBytes(StandardCharsets.UTF_8))
                .post("/articles").then().statusCode(202).extract().jsonPath().getList("items.id");
        List<String> again = request().header("Idempotency-Key", key)
                .contentType("application/x-ndjson").body("{\"body\":\"a\"}\n{\"body\":\"b\"}".getBytes(StandardCharsets.UTF_8))
                .post("/articles").then().statusCode(202).extract().jsonPath().getList("items.id");
        assertThat(again).isEqualTo(first).doesNotHaveDuplicates();
    }
}
