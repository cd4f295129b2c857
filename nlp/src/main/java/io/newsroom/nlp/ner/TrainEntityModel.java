package io.newsroom.nlp.ner;

import io.newsroom.nlp.eval.EntityScorer;
import io.newsroom.nlp.eval.FactRuEvalCorpus;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the Russian entity model: {@code TrainEntityModel <data root> <model file> [iterations] [algorithm]}.
 * The data root is the shared datasets folder ({@code ../shared/datasets}); it reads {@code nerel-1.1} (all
 * splits) and {@code collection5/collection5.jsonl}, trains an OpenNLP name finder (MAXENT by default) with
 * {@link RussianNameFinderFactory}'s features, writes the model, and, when {@code factrueval-2016/devset} is
 * there, prints strict and relaxed scores of the tagger's mentions on it. It also writes the location
 * gazetteer ({@code ru-names.tsv}) beside the model ({@code --gazetteer-only} stops there).
 * With {@code -Dtrain.factrueval=<folder>} a factRuEval-format folder is added to the training data (x3); the
 * printed devset scores are then not a measurement: use {@code io.newsroom.nlp.eval.CrossValidateEntities}.
 */
public final class TrainEntityModel {

    private TrainEntityModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainEntityModel <data root> <model file> [iterations] [MAXENT|PERCEPTRON]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int iterations = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 100;
        String algorithm = args.length > 3 ? args[3] : "MAXENT";
        long t0 = System.nanoTime();

        List<AnnotatedText> docs = TrainingCorpora.readNerelAndCollection5(root);
        int nerel = (int) docs.stream().filter(d -> !d.id().startsWith("collection5")).count();
        List<NameSample> samples = toSamples(docs);
        List<AnnotatedText> named = new ArrayList<>(docs);
        String extra = System.getProperty("train.factrueval");
        if (extra != null) {
            // factRuEval-format data follows the conventions the project is measured by: weighted x3
            List<AnnotatedText> fre = FactRuEvalCorpus.read(Path.of(extra));
            for (int i = 0; i < 3; i++) {
                samples.addAll(toSamples(fre));
            }
            named.addAll(fre);
            System.out.printf(Locale.ROOT, "added %d factRuEval documents from %s (x3)%n", fre.size(), extra);
        }
        Path gazetteerFile = out.toAbsolutePath().resolveSibling("ru-names.tsv");
        Files.createDirectories(gazetteerFile.getParent());
        NameGazetteer gazetteer = NameGazetteer.build(named, 2);
        gazetteer.write(gazetteerFile);
        System.out.printf(Locale.ROOT, "name gazetteer (%d words) written to %s%n", gazetteer.size(), gazetteerFile);
        if (args.length > 2 && args[2].equals("--gazetteer-only")) {
            return;
        }
        System.out.printf(Locale.ROOT, "read %d NEREL + %d Collection5 documents -> %d sentences, %d mentions%n",
                nerel, docs.size() - nerel, samples.size(),
                samples.stream().mapToInt(s -> s.getNames().length).sum());

        System.out.printf(Locale.ROOT, "training %s, %d iterations, 2 threads (%.0f s so far)%n", algorithm,
                iterations, (System.nanoTime() - t0) / 1e9);
        TokenNameFinderModel model = train(samples, iterations, algorithm);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
        System.out.printf(Locale.ROOT, "model written to %s (%.1f MB) after %.0f s%n", out, Files.size(out) / 1e6,
                trainSeconds);

        Path devset = root.resolve("factrueval-2016/devset");
        if (Files.isDirectory(devset)) {
            EntityTagger tagger = new EntityTagger(model, gazetteer);
            EntityScorer scorer = new EntityScorer();
            for (AnnotatedText doc : FactRuEvalCorpus.read(devset)) {
                scorer.add(doc.mentions(), tagger.find(doc.text()));
            }
            System.out.println(extra == null ? "factRuEval-2016 devset, tagger mentions (not trained on):"
                    : "factRuEval-2016 devset, tagger mentions (TRAINED ON: training-set figures, not a measurement):");
            System.out.print(scorer.table(true));
            System.out.print(scorer.table(false));
            System.out.printf(Locale.ROOT, "SUMMARY algorithm=%s iterations=%d train_s=%.0f model_mb=%.1f "
                            + "strict_f1 PER=%.3f LOC=%.3f ORG=%.3f%n", algorithm, iterations, trainSeconds,
                    Files.size(out) / 1e6,
                    scorer.strict(io.newsroom.events.EnrichedArticle.EntityType.PERSON).f1(),
                    scorer.strict(io.newsroom.events.EnrichedArticle.EntityType.LOCATION).f1(),
                    scorer.strict(io.newsroom.events.EnrichedArticle.EntityType.ORGANIZATION).f1());
        } else {
            System.out.printf(Locale.ROOT, "SUMMARY algorithm=%s iterations=%d train_s=%.0f model_mb=%.1f%n",
                    algorithm, iterations, trainSeconds, Files.size(out) / 1e6);
        }
    }

    /** Trains a name finder with {@link RussianNameFinderFactory}'s features on 2 threads (MAXENT). */
    public static TokenNameFinderModel train(List<NameSample> samples, int iterations, String algorithm)
            throws IOException {
        ExtensionLoader.registerAllowedPackage(RussianNameFinderFactory.class.getPackageName());
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        // -Dtrain.cutoff=N for experiments (ENTITIES.md: cutoff 1 was tried); the shipped model uses 2
        params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("train.cutoff", 2));
        params.put(TrainingParameters.THREADS_PARAM, 2);
        return NameFinderME.train("ru", null, new CollectionObjectStream<>(samples), params,
                new RussianNameFinderFactory());
    }

    /**
     * One sample per sentence; a sentence break inside a gold mention is not taken. Mentions that cut a token
     * are widened to whole tokens. The first sentence of each document clears the adaptive (per-document) data.
     */
    public static List<NameSample> toSamples(List<AnnotatedText> docs) {
        return toSamples(docs, new RussianTokenizer());
    }

    /** As {@link #toSamples(List)}, with a language's own tokenizer. */
    public static List<NameSample> toSamples(List<AnnotatedText> docs, SentenceTokenizer tokenizer) {
        List<NameSample> samples = new ArrayList<>();
        for (AnnotatedText doc : docs) {
            List<Token> tokens = tokenizer.tokenize(doc.text());
            if (tokens.isEmpty()) {
                continue;
            }
            // token index range of each mention
            List<int[]> mentionTokens = new ArrayList<>();
            List<String> mentionTypes = new ArrayList<>();
            for (TypedSpan m : doc.mentions()) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.end() > m.start() && t.start() < m.end()) {
                        if (first < 0) {
                            first = i;
                        }
                        last = i;
                    }
                }
                if (first >= 0) {
                    mentionTokens.add(new int[] {first, last + 1});
                    mentionTypes.add(m.type().name());
                }
            }
            boolean[] inside = new boolean[tokens.size()];
            for (int[] mt : mentionTokens) {
                for (int i = mt[0]; i < mt[1] - 1; i++) {
                    inside[i] = true; // no break after token i
                }
            }
            List<int[]> raw = tokenizer.sentences(doc.text(), tokens);
            List<int[]> sentences = new ArrayList<>();
            int from = 0;
            for (int[] s : raw) {
                if (!inside[s[1] - 1]) {
                    sentences.add(new int[] {from, s[1]});
                    from = s[1];
                }
            }
            if (from < tokens.size()) {
                sentences.add(new int[] {from, tokens.size()});
            }
            boolean firstOfDoc = true;
            for (int[] s : sentences) {
                String[] words = new String[s[1] - s[0]];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(s[0] + i).text();
                }
                List<Span> names = new ArrayList<>();
                int lastEnd = -1;
                for (int k = 0; k < mentionTokens.size(); k++) {
                    int[] mt = mentionTokens.get(k);
                    if (mt[0] >= s[0] && mt[1] <= s[1] && mt[0] >= lastEnd) {
                        names.add(new Span(mt[0] - s[0], mt[1] - s[0], mentionTypes.get(k)));
                        lastEnd = mt[1];
                    }
                }
                samples.add(new NameSample(words, names.toArray(Span[]::new), firstOfDoc));
                firstOfDoc = false;
            }
        }
        return samples;
    }
}
