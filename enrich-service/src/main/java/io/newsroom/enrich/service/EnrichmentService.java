package io.newsroom.enrich.service;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.MalformedEventException;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.EnrichmentPipeline;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The one enrichment both paths use (Kafka and POST /enrichments), so they answer the same. The pipeline's
 * models are loaded once, at start-up, not on the first article.
 */
@Startup
@ApplicationScoped
public class EnrichmentService {

    private final EnrichmentPipeline pipeline;
    private final MeterRegistry registry;
    private final Map<String, Timer> stageTimers = new ConcurrentHashMap<>();
    private final Timer total;

    public EnrichmentService(MeterRegistry registry) {
        this.registry = registry;
        long start = System.nanoTime();
        this.pipeline = EnrichmentPipeline.standard();
        this.total = Timer.builder("newsroom.enrich.article").description("Enrichment of one article, all stages")
                .publishPercentiles(0.5, 0.95, 0.99).publishPercentileHistogram().register(registry);
        Log.infof("Enrichment pipeline %s loaded in %d ms", pipeline.stageNames(), (System.nanoTime() - start) / 1_000_000);
    }

    public EnrichedArticle enrich(RawArticle raw) {
        if (raw.id() == null || raw.id().isBlank()) {
            throw new MalformedEventException("raw article without an id");
        }
        if (raw.text() == null) {
            throw new MalformedEventException("raw article " + raw.id() + " without text");
        }
        long start = System.nanoTime();
        EnrichedArticle enriched = pipeline.enrich(raw, (stage, nanos) -> stageTimer(stage).record(nanos, TimeUnit.NANOSECONDS));
        long nanos = System.nanoTime() - start;
        total.record(nanos, TimeUnit.NANOSECONDS);
        for (EnrichedArticle.Entity entity : enriched.entities()) {
            registry.counter("newsroom.enrich.entities", "type", entity.type().name()).increment();
        }
        registry.counter("newsroom.enrich.quotes").increment(enriched.quotes().size());
        Log.infof("Enriched article %s revision %s: language %s, %d entities, %d quotes, %d ms", enriched.id(),
                enriched.revision(), enriched.language(), enriched.entities().size(), enriched.quotes().size(),
                nanos / 1_000_000);
        return enriched;
    }

    private Timer stageTimer(String stage) {
        return stageTimers.computeIfAbsent(stage, name -> Timer.builder("newsroom.enrich.stage")
                .description("Time of one enrichment stage on one article").tag("stage", name)
                .publishPercentiles(0.5, 0.95, 0.99).register(registry));
    }
}
