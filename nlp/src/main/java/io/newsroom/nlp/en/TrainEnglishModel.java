package io.newsroom.nlp.en;

import io.newsroom.nlp.ner.TrainEntityModel;
import io.newsroom.nlp.ner.TrainingCorpora;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.eval.EntityScorer;
import io.newsroom.nlp.ner.AnnotatedText;
import io.newsroom.nlp.ner.Token;
import io.newsroom.nlp.ner.TypedSpan;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the English entity model: {@code TrainEnglishModel <english-ner folder> <model file> [iterations] [--dev]
 * [--eval-only]}.
 * Reads the four corpora of {@code ../shared/datasets/english-ner} (UNER EWT and PUD, Wikigold, Broad Twitter
 * Corpus). The development set is UNER PUD (news and Wikipedia) and every fifth Wikigold document; with
 * {@code --dev} the model is trained without it and scored on it (the figures of ENGLISH.md), otherwise it is
 * trained on everything (the shipped model) and the development scores printed are training figures
 * ({@code --eval-only}: no training, the model file is scored on the development set). One
 * sentence in five is also added in capitals, so headlines in capitals are not a new language to the model.
 * Writes the learned one-word names ({@code en-names.tsv}) beside the model; the place, first-name and word lists
 * ({@code en-places.tsv}, {@code en-first-names.tsv}, {@code en-words.tsv}) must already be there.
 */
public final class TrainEnglishModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Averaged perceptron, features seen once kept: on the development set it beat GIS maxent (cutoff 2, 100 or
     * 300 iterations) by 0.12 F1 for people and 0.06 for organisations, and L-BFGS maxent (L2 1.0) by 0.05 for
     * people, at a fifth of the training time. ENGLISH.md has the table.
     */
    static final String ALGORITHM = "PERCEPTRON";
    static final int CUTOFF = 1;
    static final List<String> CORPORA = List.of("uner_en_ewt.jsonl", "uner_en_pud.jsonl", "wikigold.jsonl", "btc.jsonl");

    private TrainEnglishModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainEnglishModel <english-ner folder> <model file> [iterations] [--dev] [--seed N]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]).toAbsolutePath();
        int iterations = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 100;
        boolean evalOnly = List.of(args).contains("--eval-only");
        boolean devMode = List.of(args).contains("--dev") || evalOnly;
        long t0 = System.nanoTime();

        List<AnnotatedText> train = new ArrayList<>();
        List<AnnotatedText> dev = new ArrayList<>();
        for (String corpus : CORPORA) {
            List<AnnotatedText> docs = read(root.resolve(corpus));
            for (int i = 0; i < docs.size(); i++) {
                boolean isDev = corpus.startsWith("uner_en_pud") || corpus.startsWith("wikigold") && i % 5 == 0;
                (isDev ? dev : train).add(docs.get(i));
            }
        }
        if (!devMode) {
            train.addAll(dev);
        }
        int seedAt = List.of(args).indexOf("--seed");
        if (seedAt >= 0) {
            // the perceptron depends on the order it sees documents in: another order, another draw of the model
            java.util.Collections.shuffle(train, new java.util.Random(Long.parseLong(args[seedAt + 1])));
        }
        if (evalOnly) {
            // the model and lists already there (trained with --dev): the development scores of today's rules
            EnglishEntities entities = new EnglishEntities(EnglishTagger.load(out));
            EntityScorer scorer = new EntityScorer();
            long e0 = System.nanoTime();
            for (AnnotatedText doc : dev) {
                scorer.add(doc.mentions(), EnglishEntities.mentions(entities.entities(doc.text())));
            }
            System.out.printf(Locale.ROOT, "development set (UNER PUD + 1/5 Wikigold) with %s, %.0f documents/s:%n", out,
                    dev.size() / ((System.nanoTime() - e0) / 1e9));
            System.out.print(scorer.table(true));
            System.out.print(scorer.table(false));
            return;
        }
        Files.createDirectories(out.getParent());
        Map<String, EntityType> names = learnedNames(train, 2);
        EnglishGazetteer.writeNames(names, out.resolveSibling("en-names.tsv"));
        EnglishGazetteer gazetteer = EnglishGazetteer.load(out.getParent());
        System.out.printf(Locale.ROOT, "%d training documents, %d development documents (%s); %d learned names, "
                        + "%d gazetteer entries%n", train.size(), dev.size(), devMode ? "held out" : "TRAINED ON",
                names.size(), gazetteer.size());

        List<NameSample> samples = toSamples(train, true);
        System.out.printf(Locale.ROOT, "%d sentences (with capitals copies), %d mentions; training %s, %d iterations%n",
                samples.size(), samples.stream().mapToInt(s -> s.getNames().length).sum(), ALGORITHM, iterations);
        TokenNameFinderModel model = train(samples, iterations, gazetteer);
        double seconds = (System.nanoTime() - t0) / 1e9;
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
        System.out.printf(Locale.ROOT, "model written to %s (%.1f MB) after %.0f s%n", out, Files.size(out) / 1e6, seconds);

        // Scored as written and as shipped: the in-memory model still holds every weight the perceptron touched
        // (5.8 million, more than the compact table takes), the file only those it kept.
        EnglishEntities entities = new EnglishEntities(EnglishTagger.load(out));
        EntityScorer scorer = new EntityScorer();
        for (AnnotatedText doc : dev) {
            scorer.add(doc.mentions(), EnglishEntities.mentions(entities.entities(doc.text())));
        }
        System.out.println(devMode ? "development set (UNER PUD + 1/5 Wikigold), held out:"
                : "development set (UNER PUD + 1/5 Wikigold), TRAINED ON: training figures, not a measurement:");
        System.out.print(scorer.table(true));
        System.out.print(scorer.table(false));
        System.out.printf(Locale.ROOT, "SUMMARY dev=%s iterations=%d train_s=%.0f model_mb=%.1f strict P/R/F1 "
                        + "PER=%.3f/%.3f/%.3f LOC=%.3f/%.3f/%.3f ORG=%.3f/%.3f/%.3f%n", devMode ? "held-out" : "trained-on",
                iterations, seconds, Files.size(out) / 1e6,
                scorer.strict(EntityType.PERSON).precision(), scorer.strict(EntityType.PERSON).recall(),
                scorer.strict(EntityType.PERSON).f1(), scorer.strict(EntityType.LOCATION).precision(),
                scorer.strict(EntityType.LOCATION).recall(), scorer.strict(EntityType.LOCATION).f1(),
                scorer.strict(EntityType.ORGANIZATION).precision(), scorer.strict(EntityType.ORGANIZATION).recall(),
                scorer.strict(EntityType.ORGANIZATION).f1());
    }

    /** One corpus file of {@code english-ner} (JSONL: id, text, spans with code-point offsets and type). */
    public static List<AnnotatedText> read(Path jsonl) {
        return TrainingCorpora.readJsonl(jsonl, "", EntityType::valueOf);
    }

    /** Trains a name finder with {@link EnglishNameFinderFactory}'s features ({@link #ALGORITHM}, one thread). */
    public static TokenNameFinderModel train(List<NameSample> samples, int iterations, EnglishGazetteer gazetteer)
            throws IOException {
        ExtensionLoader.registerAllowedPackage(EnglishNameFinderFactory.class.getPackageName());
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params,
                new EnglishNameFinderFactory(gazetteer));
    }

    /**
     * One-word names: a capitalised word seen at least {@code minCount} times as a one-word mention, kept when
     * one type has 90% of them and the word is a name in at least half of its capitalised uses mid-sentence.
     */
    static Map<String, EntityType> learnedNames(List<AnnotatedText> docs, int minCount) {
        Map<String, Map<EntityType, Integer>> asName = new HashMap<>();
        Map<String, Integer> capitalisedUses = new HashMap<>();
        EnglishTokenizer tokenizer = new EnglishTokenizer();
        for (AnnotatedText doc : docs) {
            for (TypedSpan m : doc.mentions()) {
                String s = doc.slice(m);
                if (s.length() > 1 && Character.isUpperCase(s.codePointAt(0)) && s.indexOf(' ') < 0) {
                    asName.computeIfAbsent(EnglishGazetteer.key(s), k -> new EnumMap<>(EntityType.class))
                            .merge(m.type(), 1, Integer::sum);
                }
            }
            for (Token t : tokenizer.tokenize(doc.text())) {
                if (t.text().length() > 1 && Character.isUpperCase(t.text().codePointAt(0))) {
                    capitalisedUses.merge(EnglishGazetteer.key(t.text()), 1, Integer::sum);
                }
            }
        }
        Map<String, EntityType> kept = new HashMap<>();
        asName.forEach((word, byType) -> {
            int total = byType.values().stream().mapToInt(Integer::intValue).sum();
            int uses = capitalisedUses.getOrDefault(word, total);
            byType.forEach((type, n) -> {
                if (total >= minCount && n >= 0.9 * total && total >= 0.5 * uses) {
                    kept.put(word, type);
                }
            });
        });
        return kept;
    }

    /**
     * One sample per sentence ({@link EnglishTokenizer}), mentions widened to whole tokens; a sentence break
     * inside a mention is not taken. With {@code capitalsCopies}, every fifth sentence is added again in capitals.
     */
    public static List<NameSample> toSamples(List<AnnotatedText> docs, boolean capitalsCopies) {
        List<NameSample> samples = new ArrayList<>(TrainEntityModel.toSamples(docs, new EnglishTokenizer()));
        if (capitalsCopies) {
            List<NameSample> capitals = new ArrayList<>();
            for (int n = 0; n < samples.size(); n += 5) {
                String[] words = samples.get(n).getSentence();
                if (words.length > 2) {
                    String[] upper = new String[words.length];
                    for (int i = 0; i < words.length; i++) {
                        upper[i] = words[i].toUpperCase(Locale.ROOT);
                    }
                    capitals.add(new NameSample(upper, samples.get(n).getNames(), true));
                }
            }
            samples.addAll(capitals);
        }
        return samples;
    }
}
