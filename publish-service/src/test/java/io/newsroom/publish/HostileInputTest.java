package io.newsroom.publish;

import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Odd and hostile values in every parameter of every read: a 400 problem or an answer, never a 5xx. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
class HostileInputTest {

    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "/articles", List.of("q", "entity", "language", "source", "from", "to", "limit", "cursor", "sort"),
            "/entities", List.of("q", "type", "limit", "cursor"),
            "/quotes", List.of("speaker", "q", "article", "limit", "cursor"),
            "/stats", List.of("from", "to", "hours"));

    private static final List<String> VALUES = List.of(
            "'", "\"", "''", "' or 1=1 --", "'; drop table article; --", "1; select pg_sleep(10)",
            "x".repeat(10_000), "я".repeat(3_000), "\u0000", "a\u0000b", "\t", "%", "_", "\\", "%00", "*", ":*",
            "& | ! <->", "(((", ")))", "!!", "-", "-1", "0", "2147483648", "-9223372036854775809", "1e9", "NaN",
            "ALIEN", "person'", "null", "undefined", "[]", "{}", "<script>alert(1)</script>", "😀", "\uD800",
            "00000000-0000-0000-0000-000000000000", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "9999-12-31", "0000-01-01", "2026-13-45", "\"phrase", "a OR", "OR", "-a -b", "e\u0301", "\uFEFF");

    @Test
    void everyParameterWithEveryValueIsA400OrAnAnswer() {
        List<String> failures = new ArrayList<>();
        PARAMETERS.forEach((path, params) -> {
            for (String param : params) {
                for (String value : VALUES) {
                    Response r = given().queryParam(param, value).get(path);
                    int status = r.statusCode();
                    boolean ok = status == 200 || status == 400 && r.contentType().startsWith("application/problem+json");
                    if (!ok) {
                        failures.add(path + "?" + param + "=" + abbreviate(value) + " -> " + status + " " + abbreviate(r.asString()));
                    }
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void relevanceWithHostileWordsAndCursors() {
        for (String value : List.of("'", "' or 1=1 --", "!!", "-", "\"", "a OR", "x".repeat(500))) {
            int status = given().queryParam("q", value).queryParam("sort", "relevance").get("/articles").statusCode();
            assertThat(status).as(value).isIn(200, 400);
        }
        String forged = java.util.Base64.getUrlEncoder().encodeToString(
                "[\"articles-by-relevance\",\"NaN\",\"2026-01-01T00:00:00Z\",\"00000000-0000-0000-0000-000000000000\"]"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().queryParam("q", "мост").queryParam("sort", "relevance").queryParam("cursor", forged).get("/articles")
                .then().statusCode(400);
    }

    @Test
    void oddPathIdsAre404() {
        for (String id : List.of("'", "%27%20or%201=1", "0", "00000000-0000-0000-0000-000000000000", "x".repeat(5000))) {
            assertThat(given().urlEncodingEnabled(false).get("/articles/" + id).statusCode()).as(id).isEqualTo(404);
            assertThat(given().urlEncodingEnabled(false).get("/entities/" + id).statusCode()).as(id).isEqualTo(404);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
