package io.newsroom.enrich.service;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.MalformedEventException;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.EnrichmentPipeline;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one enrichment both paths use (Kafka and POST /enrichments), so they answer the same. The pipeline's
 * models are loaded once, at start-up, not on the first article.
 */
@Startup
@ApplicationScoped
public class EnrichmentService {

    private final EnrichmentPipeline pipeline;

    public EnrichmentService() {
        long start = System.nanoTime();
        this.pipeline = EnrichmentPipeline.standard();
        Log.infof("Enrichment pipeline %s loaded in %d ms", pipeline.stageNames(), (System.nanoTime() - start) / 1_000_000);
    }

    public EnrichedArticle enrich(RawArticle raw) {
        if (raw.id() == null || raw.id().isBlank()) {
            throw new MalformedEventException("raw article without an id");
        }
        if (raw.text() == null) {
            throw new MalformedEventException("raw article " + raw.id() + " without text");
        }
        return pipeline.enrich(raw);
    }
}
