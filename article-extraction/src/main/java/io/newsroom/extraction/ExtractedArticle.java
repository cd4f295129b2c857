package io.newsroom.extraction;

import java.time.Instant;
import java.util.List;

/**
 * What {@link HtmlArticleExtractor} found in a web page. Every field but {@code authors}, {@code text} and
 * {@code charset} may be null when the page does not say.
 *
 * @param title        the headline, without a site-name suffix
 * @param description  the page's summary (og:description, meta description or JSON-LD)
 * @param authors      author names, de-duplicated, without "By"/"Автор:" prefixes; empty when unknown
 * @param publishedAt  when the article was first published
 * @param language     ISO 639-1 code from the page's markup ({@code <html lang>}, content-language, og:locale)
 * @param canonicalUrl the canonical address (link rel=canonical, og:url, else the page URL given)
 * @param siteName     the publication's name (og:site_name or the JSON-LD publisher)
 * @param text         the main article text: paragraphs separated by a blank line, NFC; empty when none
 * @param charset      the charset the page's bytes were decoded with
 */
public record ExtractedArticle(String title, String description, List<String> authors, Instant publishedAt,
                               String language, String canonicalUrl, String siteName, String text,
                               String charset) {

    public ExtractedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        text = text == null ? "" : text;
    }
}
