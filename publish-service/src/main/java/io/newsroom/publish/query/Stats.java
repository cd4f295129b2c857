package io.newsroom.publish.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** {@code GET /stats}: dashboard tiles over the window [from, to) of receipt time. */
public record Stats(Instant from, Instant to, long articles, long quotes, List<LanguageCount> byLanguage,
                    List<SourceCount> bySource, List<EntityCount> topEntities, List<SpeakerCount> topSpeakers,
                    List<HourCount> articlesPerHour) {

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
}
