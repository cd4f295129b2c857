package io.newsroom.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The benchmarks' metric (shingle F1) on every fixture page. Prints the table; the bar is a mean of 0.95 and
 * no page under 0.85.
 */
class ExtractionQualityTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void mainTextMatchesTheGoldTextOnEveryFixture() throws Exception {
        List<String> failures = new ArrayList<>();
        double sum = 0;
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-24s %9s %9s %9s%n",
                "page", "precision", "recall", "F1"));
        for (String page : Fixtures.PAGES) {
            ExtractedArticle article = extractor.extract(Fixtures.html(page), null, "https://example.test/" + page);
            ShingleF1.Score score = ShingleF1.score(article.text(), Fixtures.gold(page));
            sum += score.f1();
            table.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f%n",
                    page, score.precision(), score.recall(), score.f1()));
            if (score.f1() < 0.85) {
                failures.add(page + " F1 " + score.f1() + "\n--- extracted:\n" + article.text());
            }
        }
        double mean = sum / Fixtures.PAGES.size();
        table.append(String.format(Locale.ROOT, "%-24s %29.3f%n", "mean", mean));
        System.out.println(table);

        assertThat(failures).as("pages under 0.85").isEmpty();
        assertThat(mean).as("mean shingle F1").isGreaterThanOrEqualTo(0.95);
    }
}
