package io.newsroom.ingest;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.RawArticle;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.config;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Whole web pages posted as text/html, and text whose charset the sender did not declare. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class WebPageTest {

    private static RequestSpecification request() {
        return given().config(config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false))).header("X-Api-Key", "test-key");
    }

    private static RawArticle onTopic(String id) {
        return ArticleJson.read(TopicProbe.awaitRecord(Topics.RAW, id, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no record " + id)).value(), RawArticle.class);
    }

    private static final String PAGE = """
            <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
            <title>Ferry service resumes | Coastal Post</title>
            <meta property="og:title" content="Ferry service resumes after winter storms">
            <meta property="og:site_name" content="Coastal Post">
            <meta name="author" content="Ellen Marsh">
            <meta property="article:published_time" content="2026-11-24T09:30:00+00:00">
            <link rel="canonical" href="https://coastal.example/news/ferry-resumes">
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
            <main><article><h1>Ferry service resumes after winter storms</h1>
            <p>The island ferry resumed its regular timetable on Monday after three weeks of cancellations caused by
            winter storms, the harbour authority said.</p>
            <p>Engineers replaced two damaged mooring points at the northern pier over the weekend, and the first
            crossing left the mainland terminal at seven in the morning with a full load of passengers and freight.</p>
            <p>Islanders had relied on a small emergency boat for medical supplies while the service was suspended.</p>
            </article>
            <aside><h2>Most read</h2><ul><li><a href="/a">Council approves budget</a></li><li><a href="/b">Storm damage in pictures</a></li></ul></aside>
            </main>
            <footer>© Coastal Post. Cookie settings. Subscribe to our newsletter.</footer>
            </body></html>
            """;

    @Test
    void aWebPageBecomesItsArticleWithoutTheBoilerplate() {
        String id = request().contentType("text/html; charset=utf-8").body(PAGE.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles").then().statusCode(202).extract().path("id");

        RawArticle article = onTopic(id);
        assertThat(article.title()).isEqualTo("Ferry service resumes after winter storms");
        assertThat(article.authors()).containsExactly("Ellen Marsh");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
        assertThat(article.url()).isEqualTo("https://coastal.example/news/ferry-resumes");
        assertThat(article.source()).isEqualTo("Coastal Post");
        assertThat(article.contentType()).isEqualTo("text/html");
        assertThat(article.body()).contains("The island ferry resumed", "emergency boat for medical supplies")
                .doesNotContain("Most read", "Council approves budget", "Cookie settings", "Sport");
    }

    @Test
    void aWindows1251PageDeclaredByItsMetaKeepsItsCyrillic() {
        String page = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
                <title>Новости Самары</title></head><body><article><h1>В Самаре открыли новую библиотеку</h1>
                <p>Новая городская библиотека открылась в четверг в центре Самары. В её фонде более сорока тысяч книг,
                а читальный зал рассчитан на двести мест, сообщили в администрации города.</p>
                <p>Первыми посетителями стали школьники из соседнего района, для которых провели экскурсию.</p>
                </article></body></html>""";
        String id = request().contentType("text/html").body(page.getBytes(Charset.forName("windows-1251")))
                .when().post("/articles").then().statusCode(202).extract().path("id");
        RawArticle article = onTopic(id);
        assertThat(article.title()).isEqualTo("В Самаре открыли новую библиотеку");
        assertThat(article.body()).contains("читальный зал рассчитан на двести мест");
    }

    @Test
    void plainTextWithoutACharsetIsDetected() {
        String text = "Морозы в Новосибирске\n\nВ Новосибирске ожидаются сильные морозы: ночью до минус тридцати пяти "
                + "градусов, днём до минус двадцати восьми. Синоптики советуют одеваться теплее.";
        String id = request().contentType("text/plain").body(text.getBytes(Charset.forName("windows-1251")))
                .when().post("/articles").then().statusCode(202).extract().path("id");
        assertThat(onTopic(id).text()).isEqualTo(text);
    }

    @Test
    void aPageWithNoArticleIsUnprocessable() {
        request().contentType("text/html").body("<html><head><script>var x = 1;</script></head><body></body></html>"
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/articles").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("No article text"));
    }
}
