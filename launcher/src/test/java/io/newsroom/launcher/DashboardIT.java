package io.newsroom.launcher;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard on the whole pipeline, in headless Chromium (skipped where Debian's chromium and chromedriver
 * are not installed): articles posted to ingest-service appear in publish-service's live feed, open, and are
 * found by search. Entity highlighting is asserted when enrichment found entities (publish-service's
 * DashboardBrowserTest asserts it on articles with known entities).
 */
class DashboardIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String RU_TITLE = "Путин и Лукашенко встретились в Петербурге";
    private static final String RU = RU_TITLE + "\n\nПрезидент России Владимир Путин провёл переговоры с Александром "
            + "Лукашенко в Константиновском дворце в Петербурге. Стороны обсудили поставки газа и союзный бюджет.\n\n"
            + "«Мы договорились о ценах на газ на следующий год», — сказал Путин журналистам после встречи. "
            + "Следующая встреча лидеров пройдёт весной в Минске.";
    private static final String EN_TITLE = "Portsmouth harbour reopens after the storms";
    private static final String EN = EN_TITLE + "\n\nThe harbour in Portsmouth reopened on Monday after three days of "
            + "storms, the port authority said. \"Ships are moving again and the ferries run on time,\" said the "
            + "harbour master, John Smith.";

    private static WebDriver browser;
    private static RunningPipeline run;

    @BeforeEach
    void start() throws Exception {
        if (browser == null) {
            browser = Browser.headlessChrome(); // or the test is skipped (no Chromium here), the pipeline not started
            run = RunningPipeline.start();
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (run != null) {
            run.close();
        }
    }

    @Test
    void articlesPostedToIngestAppearInTheLiveFeedOpenAndAreFound() throws Exception {
        browser.get(run.publishUrl() + "/");
        new WebDriverWait(browser, WAIT).until(d -> "live".equals(
                d.findElement(By.id("feed-status")).getDomAttribute("data-state")));
        Thread.sleep(300);

        String ru = run.post(RU);
        String en = run.post(EN);
        WebElement ruItem = waitFor(By.cssSelector("#feed-list li.fresh[data-id='" + ru + "']"));
        WebElement enItem = waitFor(By.cssSelector("#feed-list li.fresh[data-id='" + en + "']"));
        assertThat(ruItem.findElement(By.cssSelector("a.article-link")).getText()).isEqualTo(RU_TITLE);
        assertThat(enItem.findElement(By.cssSelector("a.article-link")).getText()).isEqualTo(EN_TITLE);
        assertThat(ruItem.findElement(By.cssSelector(".language")).getText()).isEqualTo("ru");

        ruItem.findElement(By.cssSelector("a.article-link")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("reader-heading")).getText().equals(RU_TITLE));
        assertThat(browser.findElement(By.id("article-text")).getText())
                .startsWith("Президент России Владимир Путин провёл переговоры").doesNotContain(RU_TITLE);

        EnrichedArticle article = run.awaitArticle(ru, WAIT);
        // the reader shows the title line as its heading and the text after it, so the body's mentions are marked
        String text = article.text();
        int bodyAt = 0;
        if (text.startsWith(article.title())) {
            bodyAt = article.title().length();
            while (bodyAt < text.length() && Character.isWhitespace(text.charAt(bodyAt))) {
                bodyAt++;
            }
        }
        int bodyStart = text.codePointCount(0, bodyAt);
        List<String> mentions = new ArrayList<>();
        if (article.entities() != null) {
            article.entities().stream().flatMap(e -> e.mentions().stream()).filter(m -> m.start() >= bodyStart)
                    .sorted(Comparator.comparingInt(EnrichedArticle.Mention::start))
                    .forEach(m -> mentions.add(m.text()));
        }
        @SuppressWarnings("unchecked")
        List<String> marks = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#article-text mark.mention')].map(m => m.textContent)");
        // Highlighting follows what enrichment found; with entities, every mention is highlighted as it reads.
        if (!mentions.isEmpty()) {
            assertThat(marks).containsExactlyElementsOf(mentions);
            assertThat(browser.findElements(By.cssSelector("#reader-body .chips .chip"))).hasSize(article.entities().size());
        } else {
            assertThat(marks).isEmpty();
        }
        if (article.quotes() != null && !article.quotes().isEmpty()) {
            assertThat(browser.findElements(By.cssSelector("#article-text .quote + .speaker-tag"))).isNotEmpty();
        }

        // Search: "Петербургу" finds the article that says "Петербурге".
        browser.findElement(By.id("search-input")).sendKeys("Петербургу", Keys.ENTER);
        waitFor(By.cssSelector("#search-results a.article-link[href='#/article/" + ru + "']"));
        // The tiles follow the feed a few seconds behind.
        new WebDriverWait(browser, WAIT).until(d -> !d.findElement(By.id("tile-articles")).getText().matches("[0–]"));
        assertThat(Integer.parseInt(browser.findElement(By.id("tile-articles")).getText())).isGreaterThanOrEqualTo(2);
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "dashboard");
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, WAIT).until(d -> d.findElements(locator).stream().findFirst().orElse(null));
    }
}
