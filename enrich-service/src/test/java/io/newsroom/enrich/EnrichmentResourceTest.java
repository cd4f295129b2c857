package io.newsroom.enrich;

import io.newsroom.testsupport.KafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class EnrichmentResourceTest {

    @Test
    void russianPlainTextIsEnrichedSynchronously() {
        String text = "Губернатор открыл новую школу в Казани\n\nНовая школа рассчитана на тысячу учеников, "
                + "сообщили в администрации области. Строительство заняло два года.";
        given().header("X-Api-Key", "test-key").contentType("text/plain; charset=utf-8")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/enrichments")
                .then().statusCode(200)
                .body("schemaVersion", equalTo(1))
                .body("language", equalTo("ru"))
                .body("title", equalTo("Губернатор открыл новую школу в Казани"))
                .body("body", startsWith("Новая школа"))
                .body("text", equalTo(text))
                .body("entities.find { it.type == 'LOCATION' }.name", equalTo("Казань"))
                .body("metadata.wordCount", equalTo(20));
    }

    @Test
    void jsonLikeIngestIsAcceptedToo() {
        given().header("X-Api-Key", "test-key").contentType("application/json")
                .body("{\"title\":\"Storm closes the coast road\",\"body\":\"The coast road was closed on Tuesday after "
                        + "a storm brought down trees, the county council said.\"}")
                .when().post("/enrichments")
                .then().statusCode(200)
                .body("language", equalTo("en"))
                .body("title", equalTo("Storm closes the coast road"));
    }

    @Test
    void unsupportedOrBrokenInputIsAProblem() {
        given().header("X-Api-Key", "test-key").contentType("image/png").body(new byte[]{1, 2, 3})
                .when().post("/enrichments")
                .then().statusCode(415).contentType("application/problem+json");
        given().header("X-Api-Key", "test-key").contentType("application/json").body("{")
                .when().post("/enrichments")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").body("Title\n\nBody")
                .when().post("/enrichments")
                .then().statusCode(401);
    }
}
