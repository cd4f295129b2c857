package io.newsroom.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An article as ingest-service accepted it: the value of a record on {@link Topics#RAW}, keyed by {@code id}.
 *
 * <p>{@code text} is what enrichment reads and what every offset downstream points into: for text/plain the
 * whole text as received (title line included), otherwise the title, a blank line and the body. Text is
 * NFC-normalised. {@code revision} identifies the content: the same article sent again with the same content
 * has the same revision, a changed body a new one.
 *
 * @param schemaVersion version of this record's shape; changed additively only
 * @param id            stable article id (UUID)
 * @param revision      content fingerprint (hex SHA-256 of title and body)
 * @param receivedAt    when ingest-service accepted the article
 * @param contentType   the media type it arrived as (text/plain, application/json, ...)
 * @param extra         fields the sender gave that the contract does not name, kept as they came
 * @param sourceSha256  hex SHA-256 of the request body the article arrived in, for audit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawArticle(
        int schemaVersion,
        String id,
        String revision,
        Instant receivedAt,
        String contentType,
        String title,
        String body,
        String text,
        String url,
        String externalId,
        String source,
        Instant publishedAt,
        String language,
        List<String> authors,
        Map<String, Object> extra,
        String sourceSha256) {

    public static final int SCHEMA_VERSION = 1;

    public RawArticle withId(String newId) {
        return new RawArticle(schemaVersion, newId, revision, receivedAt, contentType, title, body, text, url, externalId,
                source, publishedAt, language, authors, extra, sourceSha256);
    }

    public RawArticle withContentType(String type) {
        return new RawArticle(schemaVersion, id, revision, receivedAt, type, title, body, text, url, externalId,
                source, publishedAt, language, authors, extra, sourceSha256);
    }

    public RawArticle withSourceSha256(String hash) {
        return new RawArticle(schemaVersion, id, revision, receivedAt, contentType, title, body, text, url, externalId,
                source, publishedAt, language, authors, extra, hash);
    }
}
