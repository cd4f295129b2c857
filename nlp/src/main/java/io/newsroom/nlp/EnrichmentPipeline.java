package io.newsroom.nlp;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.en.EnglishEntities;

import java.time.Clock;
import java.util.List;

/**
 * Runs the stages over one {@link ArticleDocument} and returns the contract record. Build it once and share
 * it: it is thread-safe and holds the loaded models.
 */
public final class EnrichmentPipeline {

    private final List<EnrichmentStage> stages;
    private final Clock clock;

    public EnrichmentPipeline(List<EnrichmentStage> stages, Clock clock) {
        this.stages = List.copyOf(stages);
        this.clock = clock;
    }

    /**
     * The standard pipeline: structure, language, entities (shipped models: Russian, English; the detected
     * language picks one), metadata (bylines, sources, dates,
     * keywords, summary), quotes (speakers linked to entities), reading statistics.
     */
    public static EnrichmentPipeline standard() {
        return new EnrichmentPipeline(List.of(new TextStructureStage(), new LanguageStage(),
                EntityStage.withDefaultModel().with(EnglishEntities.withDefaultModel()), new MetadataStage(), new QuoteStage(), new ReadingStatsStage()),
                Clock.systemUTC());
    }

    public List<String> stageNames() {
        return stages.stream().map(EnrichmentStage::name).toList();
    }

    /**
     * Names this enrichment: its stages, each with its version. A new model or rule changes a stage's version,
     * which tells publish-service to replace what it stored (see {@code ./pipeline reprocess}).
     */
    public String version() {
        return String.join("+", stages.stream().map(stage -> stage.name() + "@" + stage.version()).toList());
    }

    /** Told how long each stage took, for metrics; called on the enriching thread. */
    @FunctionalInterface
    public interface StageTimer {
        StageTimer NONE = (stage, nanos) -> { };

        void record(String stage, long nanos);
    }

    public EnrichedArticle enrich(RawArticle raw) {
        return enrich(raw, StageTimer.NONE);
    }

    public EnrichedArticle enrich(RawArticle raw, StageTimer timer) {
        ArticleDocument doc = new ArticleDocument(raw);
        for (EnrichmentStage stage : stages) {
            long start = System.nanoTime();
            stage.apply(doc);
            timer.record(stage.name(), System.nanoTime() - start);
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw.id(), raw.revision(), raw.receivedAt(),
                clock.instant(), raw.url(), raw.externalId(), raw.source(), raw.publishedAt(), doc.language,
                doc.title, doc.subtitle, doc.lead,
                doc.authors.isEmpty() && raw.authors() != null ? List.copyOf(raw.authors()) : List.copyOf(doc.authors),
                doc.body, doc.text(), List.copyOf(doc.entities), List.copyOf(doc.quotes),
                new EnrichedArticle.Metadata(List.copyOf(doc.sources), List.copyOf(doc.dates),
                        List.copyOf(doc.keywords), doc.wordCount, doc.readingTimeMinutes, doc.summary), version());
    }
}
