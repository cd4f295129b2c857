package io.newsroom.nlp;

/**
 * One step of enrichment, named after what it adds. Stages are stateless and thread-safe: models are loaded
 * once when the stage is built and shared read-only.
 */
public interface EnrichmentStage {

    String name();

    void apply(ArticleDocument document);
}
