package io.newsroom.publish;

import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class OpenApiTest {

    @Test
    void everyEndpointIsDescribedAndSwaggerUiIsServed() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/articles:"))
                .body(containsString("/articles/stream:"))
                .body(containsString("/articles/{id}:"))
                .body(containsString("/entities:"))
                .body(containsString("/entities/{id}:"))
                .body(containsString("/quotes:"))
                .body(containsString("/stats:"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void unknownPathsAndMethodsAreProblemJson() {
        given().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().header("X-Api-Key", "test-key").delete("/articles").then().statusCode(405).contentType("application/problem+json");
    }
}
