package io.newsroom.publish;

import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** With pipeline.security.protect-reads=true every read needs the API key; health and OpenAPI stay open. */
@QuarkusTest
@TestProfile(ProtectedReadsTest.ProtectedReads.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class ProtectedReadsTest {

    public static class ProtectedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pipeline.security.protect-reads", "true");
        }
    }

    private static final List<String> READS = List.of("/articles", "/articles/stream", "/entities", "/quotes", "/stats",
            "/articles/00000000-0000-0000-0000-000000000000");

    @Test
    void readsWithoutAKeyAre401AndWithAWrongKey403() {
        for (String path : READS) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            given().header("X-Api-Key", "wrong").get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void readsWithTheKeyAnswer() {
        for (String path : List.of("/articles", "/entities", "/quotes", "/stats")) {
            given().header("X-Api-Key", "test-key").get(path).then().statusCode(200);
        }
        given().header("X-Api-Key", "test-key").get("/articles/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void theDashboardPageItselfIsServedWithoutAKey() {
        // The page holds no data; it asks for the key and sends it with every read.
        given().get("/").then().statusCode(200);
        given().get("/app.js").then().statusCode(200);
        given().get("/stats").then().statusCode(401);
    }

    @Test
    void healthAndOpenApiStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
