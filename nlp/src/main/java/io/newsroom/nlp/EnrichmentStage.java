package io.newsroom.nlp;

/**
 * One step of enrichment, named after what it adds. Stages are stateless and thread-safe: models are loaded
 * once when the stage is built and shared read-only.
 */
public interface EnrichmentStage {

    String name();

    /** Changes whenever the stage's output for the same text may change (new model, new rules). */
    default String version() {
        return "1";
    }

    void apply(ArticleDocument document);
}
