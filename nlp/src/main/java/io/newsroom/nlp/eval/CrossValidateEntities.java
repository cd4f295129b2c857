package io.newsroom.nlp.eval;

import io.newsroom.nlp.EntityStage;
import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.EntityTagger;
import io.newsroom.nlp.ner.NameGazetteer;
import io.newsroom.nlp.ner.TrainEntityModel;
import io.newsroom.nlp.ner.TrainingCorpora;
import opennlp.tools.namefind.NameSample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * k-fold cross-validation of training on the factRuEval folder too: {@code CrossValidateEntities <data root>
 * <factRuEval folder> [folds] [iterations] [MAXENT|PERCEPTRON]}. Each fold trains on NEREL + Collection5 + the other folds of the
 * folder (weighted x3, as {@code -Dtrain.factrueval} does in {@link TrainEntityModel}) and runs the entity
 * stage on the held-out fold; the tables add up all folds, so every document is scored by a model that never
 * saw it.
 */
public final class CrossValidateEntities {

    private CrossValidateEntities() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<AnnotatedText> target = FactRuEvalCorpus.read(Path.of(args[1]));
        int folds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        String algorithm = args.length > 4 ? args[4] : "MAXENT";
        long t0 = System.nanoTime();
        List<AnnotatedText> base = TrainingCorpora.readNerelAndCollection5(root);
        List<NameSample> baseSamples = TrainEntityModel.toSamples(base);
        EntityScorer scorer = new EntityScorer();
        for (int fold = 0; fold < folds; fold++) {
            List<AnnotatedText> train = new ArrayList<>();
            List<AnnotatedText> test = new ArrayList<>();
            for (int i = 0; i < target.size(); i++) {
                (i % folds == fold ? test : train).add(target.get(i));
            }
            List<NameSample> samples = new ArrayList<>(baseSamples);
            for (int k = 0; k < 3; k++) {
                samples.addAll(TrainEntityModel.toSamples(train));
            }
            List<AnnotatedText> named = new ArrayList<>(base);
            named.addAll(train);
            EntityStage stage = new EntityStage(new EntityTagger(TrainEntityModel.train(samples, iterations,
                    algorithm), NameGazetteer.build(named, 2)));
            EntityScorer foldScorer = EvalEntities.evaluate(stage, test);
            for (AnnotatedText doc : test) {
                scorer.add(doc.mentions(), mentions(stage, doc));
            }
            System.out.printf(Locale.ROOT, "fold %d/%d: %d test documents, strict micro F1 %.3f (%.0f s so far)%n",
                    fold + 1, folds, test.size(), foldScorer.strictTotal().f1(), (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%d-fold cross-validation on %s (trained on NEREL + Collection5 + other "
                + "folds x3, %s %d iterations)%n", folds, args[1], algorithm, iterations);
        System.out.print(scorer.table(true));
        System.out.print(scorer.table(false));
        System.out.printf(Locale.ROOT, "SUMMARY cv=%d strict_f1 PER=%.3f LOC=%.3f ORG=%.3f relaxed_f1 PER=%.3f "
                        + "LOC=%.3f ORG=%.3f total_s=%.0f%n", folds,
                scorer.strict(io.newsroom.events.EnrichedArticle.EntityType.PERSON).f1(),
                scorer.strict(io.newsroom.events.EnrichedArticle.EntityType.LOCATION).f1(),
                scorer.strict(io.newsroom.events.EnrichedArticle.EntityType.ORGANIZATION).f1(),
                scorer.relaxed(io.newsroom.events.EnrichedArticle.EntityType.PERSON).f1(),
                scorer.relaxed(io.newsroom.events.EnrichedArticle.EntityType.LOCATION).f1(),
                scorer.relaxed(io.newsroom.events.EnrichedArticle.EntityType.ORGANIZATION).f1(),
                (System.nanoTime() - t0) / 1e9);
    }

    private static List<io.newsroom.nlp.ner.TypedSpan> mentions(EntityStage stage, AnnotatedText doc) {
        List<io.newsroom.nlp.ner.TypedSpan> out = new ArrayList<>();
        for (var e : stage.entities(doc.text())) {
            for (var m : e.mentions()) {
                out.add(new io.newsroom.nlp.ner.TypedSpan(m.start(), m.end(), e.type()));
            }
        }
        return out;
    }
}
