/**
 * Turning a posted web page into an article, in plain Java (jsoup and juniversalchardet, no framework).
 *
 * <p>{@link io.newsroom.extraction.HtmlArticleExtractor} is the entry point: strict charset decoding
 * ({@link io.newsroom.extraction.CharsetDetector}), the page's stated metadata (Open Graph, JSON-LD, meta tags),
 * removal of code, hidden elements and page furniture, Readability-style scoring for the main content, removal of
 * bylines and "read also" boxes from it, and the text written as paragraphs. {@link io.newsroom.extraction.ShingleF1}
 * is the article-extraction benchmarks' metric, for tests and evaluation commands.
 */
package io.newsroom.extraction;
