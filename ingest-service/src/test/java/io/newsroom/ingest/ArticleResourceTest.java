package io.newsroom.ingest;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.RawArticle;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class ArticleResourceTest {

    private static final String KEY = "test-key";

    private static RawArticle onTopic(String id) {
        ConsumerRecord<String, String> record = TopicProbe.awaitRecord(Topics.RAW, id, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no record with key " + id + " on " + Topics.RAW));
        return ArticleJson.read(record.value(), RawArticle.class);
    }

    @Test
    void plainTextIsAcceptedOnlyOnceKafkaHasIt() {
        String text = "Мост через Казанку открыт\n\nДвижение по новому мосту открыли в понедельник утром.";
        ExtractableResponse<Response> response = given().header("X-Api-Key", KEY)
                .contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(202)
                .header("Location", matchesPattern("http://localhost:8083/articles/[0-9a-f-]{36}"))
                .body("status", equalTo("accepted"))
                .extract();

        String id = response.path("id");
        RawArticle raw = onTopic(id);
        assertThat(raw.schemaVersion()).isEqualTo(RawArticle.SCHEMA_VERSION);
        assertThat(raw.title()).isEqualTo("Мост через Казанку открыт");
        assertThat(raw.text()).isEqualTo(text);
        assertThat(raw.contentType()).isEqualTo("text/plain");
        assertThat(raw.revision()).isEqualTo(response.path("revision"));
    }

    @Test
    void jsonArticleKeepsItsFieldsAndUnknownOnesAsExtra() {
        String externalId = "cms-" + UUID.randomUUID();
        String id = given().header("X-Api-Key", KEY).contentType("application/json")
                .body("{\"title\":\"Harbour reopens\",\"body\":\"The harbour reopened on Monday.\",\"source\":\"Port Gazette\","
                        + "\"externalId\":\"" + externalId + "\",\"authors\":[\"Jane Doe\"],\"desk\":\"local\"}")
                .when().post("/articles")
                .then().statusCode(202).extract().path("id");

        RawArticle raw = onTopic(id);
        assertThat(raw.source()).isEqualTo("Port Gazette");
        assertThat(raw.authors()).containsExactly("Jane Doe");
        assertThat(raw.extra()).containsEntry("desk", "local");
    }

    @Test
    void theSameExternalIdKeepsTheSameArticleId() {
        String body = "{\"body\":\"Text\",\"source\":\"wire\",\"externalId\":\"" + UUID.randomUUID() + "\"}";
        String first = given().header("X-Api-Key", KEY).contentType("application/json").body(body)
                .post("/articles").then().statusCode(202).extract().path("id");
        String second = given().header("X-Api-Key", KEY).contentType("application/json").body(body)
                .post("/articles").then().statusCode(202).extract().path("id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void windows1251TextWithItsCharsetArrivesIntact() {
        String text = "Погода в Самаре\n\nЗавтра ожидается снег и гололёд.";
        String id = given().header("X-Api-Key", KEY).contentType("text/plain; charset=windows-1251")
                .body(text.getBytes(Charset.forName("windows-1251")))
                .when().post("/articles").then().statusCode(202).extract().path("id");

        assertThat(onTopic(id).text()).isEqualTo(text);
    }

    @Test
    void bytesThatAreNotValidUtf8AreABadRequestNotReplacementCharacters() {
        byte[] latin1 = "Caf\u00e9 ouvert".getBytes(StandardCharsets.ISO_8859_1);
        given().header("X-Api-Key", KEY).contentType("text/plain; charset=utf-8").body(latin1)
                .when().post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid UTF-8"));
    }

    @Test
    void writesNeedAValidApiKey() {
        given().contentType("text/plain").body("Title\n\nBody")
                .when().post("/articles")
                .then().statusCode(401).contentType("application/problem+json").body("title", equalTo("API key required"));
        given().header("X-Api-Key", "wrong").contentType("text/plain").body("Title\n\nBody")
                .when().post("/articles")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badInputGetsAProblemThatSaysWhatToFix() {
        given().header("X-Api-Key", KEY).contentType("application/xml").body("<a/>")
                .when().post("/articles")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("X-Api-Key", KEY).contentType("text/plain").body("   \n  ")
                .when().post("/articles")
                .then().statusCode(422).body("detail", containsString("empty"));
        given().header("X-Api-Key", KEY).contentType("application/json").body("{\"body\": ")
                .when().post("/articles")
                .then().statusCode(400).body("title", equalTo("Malformed article"));
        given().header("X-Api-Key", KEY).contentType("application/json").body("{\"body\": [\"x\"]}")
                .when().post("/articles")
                .then().statusCode(422).body("detail", containsString("\"body\" must be a string"));
        given().header("X-Api-Key", KEY).contentType("text/plain").body("Title\n\nnul\u0000byte")
                .when().post("/articles")
                .then().statusCode(400).body("detail", containsString("U+0000"));
    }

    @Test
    void bodiesOverTheLimitAre413() {
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        given().header("X-Api-Key", KEY).contentType("text/plain").body(huge)
                .when().post("/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("limit is 2097152 bytes"));
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointAndItsAnswers() {
        String openapi = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(openapi).contains("/articles", "Submit articles", "\"202\"", "\"207\"", "\"413\"", "\"415\"",
                "\"429\"", "\"503\"", "Idempotency-Key");
    }

    @Test
    void healthIsUpWithTheBroker() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
