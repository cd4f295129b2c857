package io.newsroom.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * An article with what enrichment found: the value of a record on {@link Topics#ENRICHED}, keyed by
 * {@code id}, and the body of {@code POST /enrichments}. Field names are a contract: extend, never rename.
 *
 * <p>All offsets ({@link Mention}, {@link Quote}) are Unicode code-point offsets into {@code text}, end
 * exclusive. {@code enricher} names the enrichment that produced the record (its stages and model versions):
 * enrichment is deterministic for one article revision and one enricher, so publish-service replaces a stored
 * article only when the revision or the enricher differs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedArticle(
        int schemaVersion,
        String id,
        String revision,
        Instant receivedAt,
        Instant enrichedAt,
        String url,
        String externalId,
        String source,
        Instant publishedAt,
        String language,
        String title,
        String subtitle,
        String lead,
        List<String> authors,
        String body,
        String text,
        List<Entity> entities,
        List<Quote> quotes,
        Metadata metadata,
        String enricher) {

    public static final int SCHEMA_VERSION = 1;

    /** A real-world referent with every place the text names it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String id, EntityType type, String name, List<Mention> mentions) {
    }

    public enum EntityType { PERSON, LOCATION, ORGANIZATION }

    /** One place in {@code text} that names an entity; {@code text} equals that slice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(int start, int end, String text) {
    }

    /** Words someone said: the words inside the quote marks (DIRECT) or the reported clause (INDIRECT). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String text, int start, int end, Speaker speaker, String cue, QuoteKind kind) {
    }

    public enum QuoteKind { DIRECT, INDIRECT }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Speaker(String name, String entityId) {
    }

    /** Newsroom facts about the article; grows additively. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metadata(
            List<String> sources,
            List<String> dates,
            List<String> keywords,
            int wordCount,
            int readingTimeMinutes,
            String summary) {
    }
}
