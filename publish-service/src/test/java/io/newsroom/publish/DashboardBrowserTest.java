package io.newsroom.publish;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.testsupport.Browser;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.newsroom.publish.ArticleSearchTest.capital;
import static io.newsroom.publish.ArticleSearchTest.store;
import static io.newsroom.publish.ArticleSearchTest.uuid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard at / in a real headless Chromium (Debian's, through Selenium; skipped where it is not
 * installed), against this service on the real Kafka broker and PostgreSQL. Articles arrive on
 * articles.enriched as enrich-service would send them. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String XSS_SCRIPT = "<script>window.__xss=1</script>";
    private static final String XSS_IMG = "<img src=x onerror=window.__xss=1>";

    private static WebDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = Browser.headlessChrome(); // or the test is skipped: no Chromium here
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1) // first, so that its screenshot shows these articles rather than the other tests' odd ones
    void aPublishedArticleAppearsLiveAndOpensWithItsEntitiesAndQuoteHighlighted() {
        openDashboardAndWaitUntilLive();
        EnrichedArticle english = englishHarbour();
        EnrichedArticles.send(english);
        String company = capital(EnrichedArticles.uniqueWord().replaceAll("[аоуиэ]?ов$", "")) + "а";
        EnrichedArticle article = russianSummit(company);
        EnrichedArticles.send(article);
        WebElement englishItem = waitFor(By.cssSelector("#feed-list li.fresh[data-id='" + english.id() + "']"));
        new WebDriverWait(browser, WAIT).until(d -> englishItem.findElements(By.cssSelector(".chips .chip")).size() == 3);
        assertThat(englishItem.findElement(By.cssSelector(".language")).getText()).isEqualTo("en");

        // In the live feed, from the stream (only stream events are marked fresh), with its chips.
        WebElement item = waitFor(By.cssSelector("#feed-list li.fresh[data-id='" + article.id() + "']"));
        new WebDriverWait(browser, WAIT).until(d -> item.findElements(By.cssSelector(".chips .chip")).size() == 8);
        assertThat(item.findElement(By.cssSelector(".language")).getText()).isEqualTo("ru");
        assertThat(item.findElement(By.cssSelector(".source")).getText()).isEqualTo("Тестовая лента");
        assertThat(item.findElements(By.tagName("time"))).hasSize(1);
        List<String> chips = item.findElements(By.cssSelector(".chips .chip")).stream().map(WebElement::getText).toList();
        assertThat(chips).contains("PER Владимир Путин", "PER Александр Лукашенко", "LOC Санкт-Петербург",
                "ORG Газпром", "ORG " + company);
        assertThat(item.findElement(By.cssSelector(".chip-person")).getText()).startsWith("PER ");

        // Opened: the title as the heading, not again above the body; every mention of the body highlighted with
        // its exact text and type, also after the flag emoji.
        item.findElement(By.cssSelector("a.article-link")).click();
        waitForText(By.id("reader-heading"), article.title());
        assertThat(browser.findElement(By.id("article-text")).getText()).doesNotContain(article.title())
                .startsWith("🇷🇺🇧🇾 Президент России");
        @SuppressWarnings("unchecked")
        List<List<String>> marks = (List<List<String>>) js("return [...document.querySelectorAll('#article-text mark.mention')]"
                + ".map(m => [m.textContent, m.dataset.type, m.className])");
        List<List<String>> expected = expectedMentions(article);
        assertThat(marks).extracting(m -> List.of(m.get(0), m.get(1))).containsExactlyElementsOf(expected);
        assertThat(marks).allSatisfy(m -> assertThat(m.get(2)).isEqualTo("mention m-" + switch (m.get(1)) {
            case "PERSON" -> "person";
            case "LOCATION" -> "location";
            default -> "organization";
        }));
        assertThat(browser.findElement(By.id("article-text")).getText()).contains("🇷🇺🇧🇾 Президент России Владимир Путин");

        // The quote, marked with its speaker.
        WebElement quote = browser.findElement(By.cssSelector("#article-text .quote"));
        assertThat(quote.getText()).isEqualTo("Мы договорились о ценах на газ на следующий год");
        assertThat(quote.getDomAttribute("data-speaker")).isEqualTo("Владимир Путин");
        WebElement speaker = browser.findElement(By.cssSelector("#article-text .quote + .speaker-tag"));
        assertThat(speaker.getText()).contains("Владимир Путин");
        Browser.screenshot(browser, "article-ru");
        // The whole page for people to look at (the README's docs/dashboard.png is one of these), once the
        // tiles have caught up with both articles.
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("tile-languages")).getText().contains("en"));
        browser.manage().window().setSize(new Dimension(1280, 1500));
        js("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "dashboard");
        browser.manage().window().setSize(new Dimension(1280, 900));

        // A mention opens its entity with its other articles.
        browser.findElements(By.cssSelector("#article-text mark.mention")).stream()
                .filter(m -> m.getText().equals("Лукашенко")).findFirst().orElseThrow().click();
        waitForText(By.id("entity-panel-heading"), "Александр Лукашенко");
        waitFor(By.cssSelector("#entity-detail a.article-link[href='#/article/" + article.id() + "']"));
        assertThat(browser.findElement(By.id("entity-detail")).getText()).contains("Person");
        Browser.screenshot(browser, "entity");
    }

    @Test
    void searchFindsAnArticleByARussianInflectedFormAndEntitiesByType() {
        // "-ка": the Russian stemmer reads "-ана", "-ала" as verb endings and "-ому" as an adjective's, so a random
        // "Бакадана" and its "Бакадану" stemmed apart and the search failed one run in twenty or so.
        String company = capital(EnrichedArticles.uniqueWord().replaceAll("[аоуиэ]?ов$", "")) + "ка";
        EnrichedArticle article = russianSummit(company);
        store(article);
        openDashboardAndWaitUntilLive();

        // "Бакадупку" (accusative) finds the article that says "Бакадупка".
        String inflected = company.substring(0, company.length() - 1) + "у";
        WebElement box = browser.findElement(By.id("search-input"));
        box.sendKeys(inflected, Keys.ENTER);
        waitFor(By.cssSelector("#search-results a.article-link[href='#/article/" + article.id() + "']"));
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("found");

        // Entities by name and type.
        browser.findElement(By.id("entity-input")).sendKeys(company);
        new Select(browser.findElement(By.id("entity-type"))).selectByValue("ORGANIZATION");
        browser.findElement(By.cssSelector("#entity-form button[type=submit]")).click();
        waitForText(By.cssSelector("#entity-results li .chip-organization"), "ORG " + company);
        new Select(browser.findElement(By.id("entity-type"))).selectByValue("PERSON");
        browser.findElement(By.cssSelector("#entity-form button[type=submit]")).click();
        waitForText(By.id("entity-status"), "No entity matches.");
        assertThat(browser.findElements(By.cssSelector("#entity-results li"))).isEmpty();

        // The stats tiles and chart.
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("tile-articles")).getText().matches("\\d+"));
        assertThat(Integer.parseInt(browser.findElement(By.id("tile-articles")).getText())).isPositive();
        assertThat(browser.findElements(By.cssSelector("#per-hour svg rect.bar"))).hasSizeBetween(24, 25);
        assertThat(browser.findElement(By.cssSelector("#per-hour svg")).getDomAttribute("aria-label")).startsWith("Articles per hour");
        assertThat(browser.findElements(By.cssSelector("#top-entities li .chip"))).isNotEmpty();
        assertThat(browser.findElement(By.id("tile-lag")).getText()).isNotEmpty();
        Browser.screenshot(browser, "search");
    }

    @Test
    void markupInAnArticleIsShownAsTextAndNeverRuns() {
        openDashboardAndWaitUntilLive();
        String title = "Заголовок " + XSS_SCRIPT + " " + XSS_IMG;
        String name = "Иван " + XSS_IMG;
        EnrichedArticle article = EnrichedArticles.builder(uuid(), title, Instant.now())
                .source("Лента " + XSS_SCRIPT)
                .url("javascript:window.__xss=1")
                .body("Тело " + XSS_SCRIPT + " и " + XSS_IMG + ". Об этом сказал " + name + ": «" + XSS_IMG + " привет».")
                .entityEverywhere("e1", EntityType.PERSON, name, name)
                .quote(XSS_IMG + " привет", name, "e1")
                .build();
        EnrichedArticles.send(article);

        WebElement item = waitFor(By.cssSelector("#feed-list li[data-id='" + article.id() + "']"));
        new WebDriverWait(browser, WAIT).until(d -> !item.findElements(By.cssSelector(".chips .chip")).isEmpty());
        assertThat(item.findElement(By.cssSelector("a.article-link")).getText()).isEqualTo(title);
        assertThat(item.findElement(By.cssSelector(".source")).getText()).isEqualTo("Лента " + XSS_SCRIPT);
        assertThat(item.findElement(By.cssSelector(".chips .chip")).getText()).isEqualTo("PER " + name);

        item.findElement(By.cssSelector("a.article-link")).click();
        waitForText(By.id("reader-heading"), title);
        assertThat(browser.findElement(By.id("article-text")).getText()).contains("Тело " + XSS_SCRIPT + " и " + XSS_IMG);
        assertThat(browser.findElement(By.cssSelector("#article-text mark.mention")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.cssSelector("#article-text .quote")).getText()).isEqualTo(XSS_IMG + " привет");
        // No link to a javascript: "original".
        assertThat(browser.findElements(By.cssSelector("#reader-body a[href^='javascript']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#reader-body img, #feed-list img, #reader-body script"))).isEmpty();
        browser.findElement(By.cssSelector("#article-text mark.mention")).click();
        waitFor(By.cssSelector("#entity-panel:not([hidden])"));
        sleep(1000); // an onerror handler would have fired by now
        assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
        Browser.screenshot(browser, "markup-as-text");
    }

    @Test
    void aTenThousandWordArticleWithAVeryLongNameKeepsThePageWidth() {
        String longName = "Константин" + "о".repeat(280) + "вский-Щедрин";
        StringBuilder body = new StringBuilder("Длинный репортаж. " + longName + " выступил. ");
        String[] words = {"город", "мост", "власти", "сообщили", "новый", "проект", "жители", "улица", "строительство", "года"};
        for (int i = 0; i < 10_000; i++) {
            body.append(words[i % words.length]).append(i % 17 == 16 ? ".\n\n" : " ");
        }
        EnrichedArticle article = EnrichedArticles.builder(uuid(), "Очень длинная статья " + longName, Instant.now())
                .body(body.toString())
                .entityEverywhere("p", EntityType.PERSON, longName, longName)
                .build();
        // Sent once the page is live, so that it arrives on the stream (the first page of the feed may be
        // filled by other tests' articles dated later).
        openDashboardAndWaitUntilLive();
        EnrichedArticles.send(article);
        WebElement item = waitFor(By.cssSelector("#feed-list li.fresh[data-id='" + article.id() + "']"));
        new WebDriverWait(browser, WAIT).until(d -> !item.findElements(By.cssSelector(".chips .chip")).isEmpty());
        assertNoHorizontalOverflow();

        item.findElement(By.cssSelector("a.article-link")).click();
        waitForText(By.id("reader-heading"), article.title());
        // the title's mention is in the heading, not in the text below it
        assertThat(browser.findElements(By.cssSelector("#article-text mark.mention"))).hasSize(1);
        assertThat(((String) js("return document.getElementById('article-text').textContent")).split("\\s+").length)
                .isGreaterThan(10_000);
        assertNoHorizontalOverflow();
        browser.findElements(By.cssSelector("#article-text mark.mention")).get(0).click();
        waitForText(By.id("entity-panel-heading"), longName);
        assertNoHorizontalOverflow();
        Browser.screenshot(browser, "long-article");
    }

    @Test
    void theKeyboardReachesTheSearchBoxAndAnArticleLinkAndEnterOpensIt() {
        store(EnrichedArticles.builder(uuid(), "Статья для клавиатуры", Instant.now()).build());
        openDashboardAndWaitUntilLive();
        waitFor(By.cssSelector("#feed-list a.article-link"));

        List<String> visited = new ArrayList<>();
        String href = null;
        for (int i = 0; i < 60 && href == null; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            String focused = (String) js("const e = document.activeElement; return e.id || (e.className + ' ' + (e.getAttribute('href') || ''))");
            visited.add(focused);
            if (focused.startsWith("article-link") && visited.contains("search-input")) {
                href = focused.substring("article-link ".length());
            }
        }
        assertThat(visited).as("Tab order " + visited).contains("search-input");
        assertThat(href).as("Tab order " + visited).isNotNull().startsWith("#/article/");
        String title = (String) js("return document.activeElement.textContent");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitForText(By.id("reader-heading"), title);
        assertThat(js("return document.activeElement.id")).as("focus moves to the article").isEqualTo("reader-heading");
        assertThat(browser.getCurrentUrl()).endsWith(href);
        Browser.screenshot(browser, "keyboard");
    }

    // ---------- the articles ----------

    /** A Russian news item with people, places and organisations, a flag emoji before them, and a quote. */
    static EnrichedArticle russianSummit(String company) {
        String title = "Путин и Лукашенко встретились в Петербурге";
        String body = "🇷🇺🇧🇾 Президент России Владимир Путин провёл переговоры с Александром Лукашенко в Константиновском "
                + "дворце Санкт-Петербурга. Стороны обсудили поставки газа и строительство завода компании «" + company
                + "» под Минском.\n\n«Мы договорились о ценах на газ на следующий год», — сказал Путин журналистам после "
                + "встречи. По словам Лукашенко, «Газпром» сохранит льготные условия для белорусских предприятий.\n\n"
                + "Следующая встреча лидеров запланирована на весну в Минске.";
        return EnrichedArticles.builder(uuid(), title, Instant.now()).body(body)
                .entityEverywhere("p1", EntityType.PERSON, "Владимир Путин", "Владимир Путин", "Путин")
                .entityEverywhere("p2", EntityType.PERSON, "Александр Лукашенко", "Александром Лукашенко", "Лукашенко")
                .entityEverywhere("l1", EntityType.LOCATION, "Санкт-Петербург", "Санкт-Петербурга", "Петербурге")
                .entityEverywhere("l2", EntityType.LOCATION, "Минск", "Минском", "Минске")
                .entityEverywhere("l3", EntityType.LOCATION, "Россия", "России")
                .entityEverywhere("l4", EntityType.LOCATION, "Константиновский дворец", "Константиновском дворце")
                .entityEverywhere("o1", EntityType.ORGANIZATION, "Газпром", "Газпром")
                .entityEverywhere("o2", EntityType.ORGANIZATION, company, company)
                .quote("Мы договорились о ценах на газ на следующий год", "Владимир Путин", "p1")
                .build();
    }

    /** An English news item with a person, a place, an organisation and a quote. */
    static EnrichedArticle englishHarbour() {
        String body = "The harbour in Portsmouth reopened on Monday after three days of storms, the Port Authority said. "
                + "\"Ships are moving again and the ferries run on time,\" said the harbour master, John Smith.";
        return EnrichedArticles.builder(uuid(), "Portsmouth harbour reopens after the storms", Instant.now().minusSeconds(1))
                .language("en").source("Coast Wire").body(body)
                .entityEverywhere("l", EntityType.LOCATION, "Portsmouth", "Portsmouth")
                .entityEverywhere("o", EntityType.ORGANIZATION, "Port Authority", "Port Authority")
                .entityEverywhere("p", EntityType.PERSON, "John Smith", "John Smith")
                .quote("Ships are moving again and the ferries run on time,", "John Smith", "p")
                .build();
    }

    /** Each mention's text and type, in text order. */
    /** The body's mentions in order (the reader shows the title line as the heading, without marks). */
    private static List<List<String>> expectedMentions(EnrichedArticle article) {
        record Placed(int start, String text, String type) {
        }
        int bodyStart = article.text().codePointCount(0, article.text().indexOf(article.body()));
        List<Placed> placed = new ArrayList<>();
        for (EnrichedArticle.Entity e : article.entities()) {
            e.mentions().stream().filter(m -> m.start() >= bodyStart)
                    .forEach(m -> placed.add(new Placed(m.start(), m.text(), e.type().name())));
        }
        placed.sort(Comparator.comparingInt(Placed::start));
        assertThat(placed).hasSizeGreaterThan(10);
        return placed.stream().map(p -> List.of(p.text(), p.type())).toList();
    }

    // ---------- the browser ----------

    private void openDashboardAndWaitUntilLive() {
        browser.get(root.toString());
        new WebDriverWait(browser, WAIT).until(d -> "live".equals(
                d.findElement(By.id("feed-status")).getDomAttribute("data-state")));
        // The stream is subscribed once its headers arrived; a moment more for the server side to be ready.
        sleep(300);
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, WAIT).until(d -> d.findElements(locator).stream().findFirst().orElse(null));
    }

    private static void waitForText(By locator, String text) {
        try {
            new WebDriverWait(browser, WAIT).until(d -> d.findElements(locator).stream().anyMatch(e -> e.getText().equals(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "failure");
            throw new AssertionError("no " + locator + " with text " + text + "; found "
                    + browser.findElements(locator).stream().map(WebElement::getText).toList(), e);
        }
    }

    private static void assertNoHorizontalOverflow() {
        @SuppressWarnings("unchecked")
        Map<String, Long> size = (Map<String, Long>) js("return {scroll: document.documentElement.scrollWidth, "
                + "client: document.documentElement.clientWidth}");
        assertThat(size.get("scroll")).as("page width " + size).isLessThanOrEqualTo(size.get("client"));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
