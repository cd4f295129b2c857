package io.newsroom.publish.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /stats}: dashboard tiles over the window [from, to) of receipt time. {@code pipelineLag} is null
 * when no article of the window has a known lag.
 */
public record Stats(Instant from, Instant to, long articles, long quotes, List<LanguageCount> byLanguage,
                    List<SourceCount> bySource, List<EntityCount> topEntities, List<SpeakerCount> topSpeakers,
                    List<HourCount> articlesPerHour, PipelineLag pipelineLag) {

    public record LanguageCount(String language, long articles) {
    }

    public record SourceCount(String source, long articles) {
    }

    public record EntityCount(String id, String name, String type, long mentions, long articles) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpeakerCount(String name, String entityId, long quotes) {
    }

    public record HourCount(Instant hour, long articles) {
    }

    /**
     * From receipt at ingest-service ({@code receivedAt}) to stored here (and so sent on the stream), over the
     * window's articles, in milliseconds. A revision counts from its own receipt; an article sent through
     * enrichment again ({@code ./pipeline reprocess}) keeps its receipt time, so it counts with the whole wait.
     */
    public record PipelineLag(long articles, double p50Ms, double p95Ms, double maxMs) {
    }
}
