package io.newsroom.nlp.eval;

import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.events.RawArticle;
import io.newsroom.nlp.EnrichmentPipeline;
import io.newsroom.nlp.EnrichmentStage;
import io.newsroom.nlp.EntityStage;
import io.newsroom.nlp.GivenLanguageStage;
import io.newsroom.nlp.LanguageStage;
import io.newsroom.nlp.en.EnglishEntities;
import io.newsroom.nlp.en.EnglishTagger;
import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.EntityTagger;
import io.newsroom.nlp.ner.TypedSpan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates {@link EntityStage} on a factRuEval-format folder or a CoNLL-2003-style file (told apart by their
 * content): {@code EvalEntities <folder|file> [model file] [--language xx] [--errors]}. The shipped models are
 * used unless a model file is given (it replaces the model of the corpus's language). A factRuEval folder is
 * Russian; a CoNLL file's language is detected once from its text (its documents, a headline or a results table,
 * are often too short to tell), or given with {@code --language}. Every entity mention is scored; prints the
 * strict and relaxed tables and one SUMMARY line with the speed of the stage.
 */
public final class EvalEntities {

    private EvalEntities() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: EvalEntities <factRuEval folder | CoNLL file> [model file] [--language xx] [--errors]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        boolean conll = ConllCorpus.looksLikeConll(corpus);
        if (!conll && !Files.isDirectory(corpus)) {
            System.err.println(corpus + " is neither a factRuEval folder nor a CoNLL file (token per line, IOB tag last)");
            System.exit(2);
        }
        List<AnnotatedText> docs = conll ? ConllCorpus.read(corpus) : FactRuEvalCorpus.read(corpus);
        List<String> options = List.of(args);
        int at = options.indexOf("--language");
        String language = at >= 0 && at + 1 < args.length ? args[at + 1] : conll ? detectLanguage(docs) : "ru";
        String model = args.length > 1 && !args[1].startsWith("--") ? args[1] : null;
        EntityStage stage = stage(language, model);
        boolean errors = options.contains("--errors");
        List<EnrichmentStage> stages = List.of(new GivenLanguageStage(language), stage);
        EntityScorer scorer = evaluate(stages, docs, errors);
        // a second, timed pass: the first one warmed the JIT and the morphology cache
        long t0 = System.nanoTime();
        EnrichmentPipeline pipeline = new EnrichmentPipeline(stages, Clock.systemUTC());
        for (AnnotatedText doc : docs) {
            pipeline.enrich(raw(doc));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d documents (%s, language %s)%n", args[0], docs.size(),
                conll ? "CoNLL" : "factRuEval", language);
        System.out.print(scorer.table(true));
        System.out.print(scorer.table(false));
        System.out.printf(Locale.ROOT, "SUMMARY strict_f1 PER=%.3f LOC=%.3f ORG=%.3f micro=%.3f relaxed_f1 PER=%.3f "
                        + "LOC=%.3f ORG=%.3f micro=%.3f articles_per_s=%.0f (one thread)%n",
                scorer.strict(EntityType.PERSON).f1(), scorer.strict(EntityType.LOCATION).f1(),
                scorer.strict(EntityType.ORGANIZATION).f1(), scorer.strictTotal().f1(),
                scorer.relaxed(EntityType.PERSON).f1(), scorer.relaxed(EntityType.LOCATION).f1(),
                scorer.relaxed(EntityType.ORGANIZATION).f1(), scorer.relaxedTotal().f1(), docs.size() / seconds);
    }

    /** The shipped models, or a model file in place of the one for {@code language}. */
    private static EntityStage stage(String language, String modelFile) {
        if (language.equals("en")) {
            EntityStage russian = EntityStage.withDefaultModel();
            return russian.with(modelFile != null ? new EnglishEntities(EnglishTagger.load(Path.of(modelFile)))
                    : EnglishEntities.withDefaultModel());
        }
        return modelFile != null ? new EntityStage(EntityTagger.load(Path.of(modelFile))) : EntityStage.withDefaultModel();
    }

    /** The language of a corpus, detected from the beginning of its text. */
    static String detectLanguage(List<AnnotatedText> docs) {
        StringBuilder sample = new StringBuilder();
        for (AnnotatedText doc : docs) {
            if (sample.length() > 2_000) {
                break;
            }
            sample.append(doc.text()).append('\n');
        }
        return new LanguageStage().detect(sample.toString());
    }

    /** Runs the stage, through the pipeline, over every document and scores all entity mentions. */
    public static EntityScorer evaluate(EntityStage stage, List<AnnotatedText> docs) {
        return evaluate(stage, docs, false);
    }

    /** As {@link #evaluate(EntityStage, List)}, printing each strict miss (-) and false mention (+) when asked. */
    public static EntityScorer evaluate(EntityStage stage, List<AnnotatedText> docs, boolean printErrors) {
        return evaluate(List.of(stage), docs, printErrors);
    }

    /** As {@link #evaluate(EntityStage, List, boolean)}, through the given stages (a language stage first). */
    public static EntityScorer evaluate(List<EnrichmentStage> stages, List<AnnotatedText> docs, boolean printErrors) {
        EnrichmentPipeline pipeline = new EnrichmentPipeline(stages, Clock.systemUTC());
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
