package io.newsroom.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns what a newsroom system sends (plain text, or the JSON article of the API) into a {@link RawArticle}:
 * the same rules for ingest-service and for enrich-service's {@code POST /enrichments}.
 */
public final class ArticleSubmissions {

    public static final int MAX_TITLE_CHARS = 1_000;
    public static final int MAX_SHORT_FIELD_CHARS = 2_000;
    private static final Set<String> KNOWN_FIELDS = Set.of("title", "body", "url", "externalId", "source",
            "publishedAt", "language", "authors");

    private ArticleSubmissions() {
    }

    /** text/plain: the first non-empty line is the title, the rest the body; {@code text} is all of it. */
    public static RawArticle fromPlainText(String id, String received, Instant receivedAt) {
        String text = normalize(received, "body");
        if (text.isBlank()) {
            throw new InvalidArticleException("body", "The article text is empty.", true);
        }
        String stripped = text.strip();
        int lineEnd = stripped.indexOf('\n');
        String title = (lineEnd < 0 ? stripped : stripped.substring(0, lineEnd)).strip();
        String body = lineEnd < 0 ? "" : stripped.substring(lineEnd + 1).strip();
        checkTitle(title);
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, revisionOf(title, body), receivedAt, "text/plain",
                title, body, text, null, null, null, null, null, null, null, null);
    }

    /** application/json: one article object; only {@code body} is required, unknown fields go to {@code extra}. */
    public static RawArticle fromJson(String id, String json, Instant receivedAt) {
        JsonNode node;
        try {
            node = ArticleJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(null, "Malformed JSON: " + e.getOriginalMessage(), false);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException(null, "Expected one JSON object with at least a \"body\" field.", false);
        }
        return fromJsonObject(id, (ObjectNode) node, receivedAt, "application/json");
    }

    /**
     * One article given as the API's JSON fields, whatever it arrived as (a JSON body, a batch item, a feed
     * entry, fields extracted from a web page): {@code contentType} records which.
     */
    public static RawArticle fromJsonObject(String id, ObjectNode article, Instant receivedAt, String contentType) {
        String body = text(article, "body", Integer.MAX_VALUE);
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException("body", "\"body\" is required and must be non-empty text.", true);
        }
        String title = text(article, "title", MAX_TITLE_CHARS);
        if (title != null) {
            checkTitle(title.strip());
            title = title.strip();
        }
        String externalId = text(article, "externalId", MAX_SHORT_FIELD_CHARS);
        String source = text(article, "source", MAX_SHORT_FIELD_CHARS);
        String url = text(article, "url", MAX_SHORT_FIELD_CHARS);
        String language = text(article, "language", 35);
        Instant publishedAt = instant(article, "publishedAt");
        List<String> authors = authors(article);
        Map<String, Object> extra = new LinkedHashMap<>();
        article.fields().forEachRemaining(field -> {
            if (!KNOWN_FIELDS.contains(field.getKey())) {
                extra.put(field.getKey(), ArticleJson.mapper().convertValue(field.getValue(), Object.class));
            }
        });
        String strippedBody = body.strip();
        String text = title == null || title.isEmpty() ? strippedBody : title + "\n\n" + strippedBody;
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, revisionOf(title, strippedBody), receivedAt,
                contentType, title, strippedBody, text, url, externalId, source, publishedAt, language,
                authors, extra.isEmpty() ? null : extra, null);
    }

    /** The same (source, externalId) always gives the same article id, across restarts and instances. */
    public static String idFor(String source, String externalId) {
        String name = "article:" + (source == null ? "" : source) + "\u0000" + externalId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Hex SHA-256 of bytes as received, for audit. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint of the content: equal for the same title and body. */
    public static String revisionOf(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** NFC, Unix line ends; NUL and other C0 controls but tab and newline are refused, not silently dropped. */
    static String normalize(String value, String field) {
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                throw new InvalidArticleException(field, String.format(
                        "\"%s\" contains the control character U+%04X at position %d.", field, (int) c, i), false);
            }
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static void checkTitle(String title) {
        if (title.codePointCount(0, title.length()) > MAX_TITLE_CHARS) {
            throw new InvalidArticleException("title", "The title is longer than " + MAX_TITLE_CHARS
                    + " characters; is the body missing its title line?", true);
        }
    }

    private static String text(ObjectNode article, String field, int maxChars) {
        JsonNode value = article.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidArticleException(field, "\"" + field + "\" must be a string, not " + kind(value) + ".", true);
        }
        String text = normalize(value.textValue(), field);
        if (text.length() > maxChars) {
            throw new InvalidArticleException(field, "\"" + field + "\" is longer than " + maxChars + " characters.", true);
        }
        return text;
    }

    private static Instant instant(ObjectNode article, String field) {
        String value = text(article, field, 64);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException(field, "\"" + field
                    + "\" must be an ISO-8601 date-time with an offset, such as 2026-11-25T10:15:30+03:00.", true);
        }
    }

    private static List<String> authors(ObjectNode article) {
        JsonNode value = article.get("authors");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return List.of(normalize(value.textValue(), "authors").strip());
        }
        if (!value.isArray()) {
            throw new InvalidArticleException("authors", "\"authors\" must be an array of strings.", true);
        }
        List<String> authors = new ArrayList<>();
        for (JsonNode author : value) {
            if (!author.isTextual()) {
                throw new InvalidArticleException("authors", "\"authors\" must contain strings only.", true);
            }
            String name = normalize(author.textValue(), "authors").strip();
            if (!name.isEmpty()) {
                authors.add(name);
            }
        }
        return List.copyOf(authors);
    }

    private static String kind(JsonNode value) {
        return value.isNumber() ? "a number" : value.isBoolean() ? "a boolean" : value.isArray() ? "an array"
                : value.isObject() ? "an object" : "null";
    }
}
