package io.newsroom.ingest.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.ArticleJson;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.RawArticle;
import io.newsroom.extraction.CharsetDetector;
import io.newsroom.extraction.ExtractedArticle;
import io.newsroom.extraction.HtmlArticleExtractor;
import io.newsroom.extraction.UndecodableTextException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * text/html (a whole web page: the article is extracted from it) and text/plain (charset detected when the
 * sender does not declare one). Decoding is strict either way: bytes invalid in the charset are a 400.
 */
@ApplicationScoped
public class WebPageReader {

    private final CharsetDetector charsets = new CharsetDetector();
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(charsets);

    public RawArticle page(byte[] body, String contentType, String pageUrl, Instant receivedAt) {
        ExtractedArticle page;
        try {
            page = extractor.extract(body, declaredCharset(contentType), pageUrl);
        } catch (UndecodableTextException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        if (page.text().isBlank()) {
            throw new ProblemException(422, "No article in the page",
                    "No article text was found in the page; send the article itself as text/plain or JSON.");
        }
        ObjectNode fields = ArticleJson.mapper().createObjectNode();
        put(fields, "title", page.title());
        fields.put("body", page.text());
        put(fields, "url", page.canonicalUrl() != null ? page.canonicalUrl() : pageUrl);
        put(fields, "source", page.siteName());
        put(fields, "language", page.language());
        if (page.publishedAt() != null) {
            fields.put("publishedAt", page.publishedAt().atOffset(ZoneOffset.UTC).toString());
        }
        ArrayNode authors = fields.putArray("authors");
        page.authors().forEach(authors::add);
        return ArticleSubmissions.fromJsonObject(UUID.randomUUID().toString(), fields, receivedAt, "text/html");
    }

    public RawArticle plainText(byte[] body, String contentType, Instant receivedAt) {
        try {
            String text = charsets.decodeText(body, declaredCharset(contentType)).text();
            return ArticleSubmissions.fromPlainText(UUID.randomUUID().toString(), text, receivedAt);
        } catch (UndecodableTextException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    /** The charset parameter of a Content-Type, or null when the sender did not declare one. */
    static String declaredCharset(String contentType) {
        try {
            return contentType == null ? null : MediaType.valueOf(contentType).getParameters().get("charset");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void put(ObjectNode fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }
}
