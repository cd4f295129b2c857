package io.newsroom.publish;

import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The dashboard's files are served at / (no browser here: DashboardBrowserTest drives Chromium). */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class DashboardPageTest {

    @Test
    void rootIsTheDashboardWithItsLandmarks() {
        String html = given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertThat(html).contains("<html lang=\"en\">", "<header", "<nav aria-label=\"Sections\"", "<main>", "<footer",
                "<h1>Newsroom dashboard</h1>", "id=\"feed\"", "id=\"reader\"", "id=\"stats\"",
                "<form id=\"search-form\" role=\"search\">", "<label for=\"search-input\">",
                "<select id=\"entity-type\"", "<script type=\"module\" src=\"app.js\"></script>");
    }

    @Test
    void scriptsAndStylesAreServed() {
        given().get("/app.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("articles/stream"));
        given().get("/highlight.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/app.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void theFrontEndNeverWritesHtmlFromData() {
        // Everything from articles goes in as text; no innerHTML/outerHTML/insertAdjacentHTML/document.write.
        for (String file : new String[] {"/app.js", "/highlight.js"}) {
            String js = given().get(file).then().statusCode(200).extract().asString();
            assertThat(js).as(file).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }
}
