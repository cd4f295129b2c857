package io.newsroom.nlp.eval;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.EnrichmentPipeline;
import io.newsroom.nlp.EntityStage;
import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.EntityTagger;
import io.newsroom.nlp.ner.TypedSpan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates {@link EntityStage} on a factRuEval-format folder: {@code EvalEntities <folder> [model file]} (the
 * model shipped on the classpath when no file is given). Every entity mention is scored; prints the strict and
 * relaxed tables and one SUMMARY line with the speed of the stage.
 */
public final class EvalEntities {

    private EvalEntities() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: EvalEntities <factRuEval folder> [model file]");
            System.exit(2);
        }
        EntityStage stage = args.length > 1 && !args[1].startsWith("--")
                ? new EntityStage(EntityTagger.load(Path.of(args[1]))) : EntityStage.withDefaultModel();
        List<AnnotatedText> docs = FactRuEvalCorpus.read(Path.of(args[0]));
        boolean errors = List.of(args).contains("--errors");
        EntityScorer scorer = evaluate(stage, docs, errors);
        // a second, timed pass: the first one warmed the JIT and the morphology cache
        long t0 = System.nanoTime();
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(stage), Clock.systemUTC());
        for (AnnotatedText doc : docs) {
            pipeline.enrich(raw(doc));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d documents%n", args[0], docs.size());
        System.out.print(scorer.table(true));
        System.out.print(scorer.table(false));
        System.out.printf(Locale.ROOT, "SUMMARY strict_f1 PER=%.3f LOC=%.3f ORG=%.3f micro=%.3f relaxed_f1 PER=%.3f "
                        + "LOC=%.3f ORG=%.3f micro=%.3f articles_per_s=%.0f (one thread)%n",
                scorer.strict(EntityType.PERSON).f1(), scorer.strict(EntityType.LOCATION).f1(),
                scorer.strict(EntityType.ORGANIZATION).f1(), scorer.strictTotal().f1(),
                scorer.relaxed(EntityType.PERSON).f1(), scorer.relaxed(EntityType.LOCATION).f1(),
                scorer.relaxed(EntityType.ORGANIZATION).f1(), scorer.relaxedTotal().f1(), docs.size() / seconds);
    }

    /** Runs the stage, through the pipeline, over every document and scores all entity mentions. */
    public static EntityScorer evaluate(EntityStage stage, List<AnnotatedText> docs) {
        return evaluate(stage, docs, false);
    }

    /** As {@link #evaluate(EntityStage, List)}, printing each strict miss (-) and false mention (+) when asked. */
    public static EntityScorer evaluate(EntityStage stage, List<AnnotatedText> docs, boolean printErrors) {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(List.of(stage), Clock.systemUTC());
        EntityScorer scorer = new EntityScorer();
        for (AnnotatedText doc : docs) {
            EnrichedArticle out = pipeline.enrich(raw(doc));
            List<TypedSpan> predicted = new ArrayList<>();
            for (EnrichedArticle.Entity e : out.entities()) {
                for (EnrichedArticle.Mention m : e.mentions()) {
                    predicted.add(new TypedSpan(m.start(), m.end(), e.type()));
                }
            }
            scorer.add(doc.mentions(), predicted);
            if (printErrors) {
                java.util.Set<TypedSpan> gold = new java.util.HashSet<>(doc.mentions());
                java.util.Set<TypedSpan> pred = new java.util.HashSet<>(predicted);
                predicted.stream().filter(m -> !gold.contains(m)).distinct().forEach(m ->
                        System.out.printf("%s + %s [%s]%n", doc.id(), m.type(), doc.slice(m)));
                doc.mentions().stream().filter(m -> !pred.contains(m)).forEach(m ->
                        System.out.printf("%s - %s [%s]%n", doc.id(), m.type(), doc.slice(m)));
            }
        }
        return scorer;
    }

    private static RawArticle raw(AnnotatedText doc) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, doc.id(), "1", Instant.EPOCH, "text/plain", null, null,
                doc.text(), null, null, null, null, null, null, null, null);
    }
}
