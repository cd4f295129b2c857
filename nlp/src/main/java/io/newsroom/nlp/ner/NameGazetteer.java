package io.newsroom.nlp.ner;

import io.newsroom.events.EnrichedArticle.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One-word names learned from the training corpora: the lemma of every single-word mention seen at least
 * {@code minCount} times, kept when one type has at least 90% of its mentions ("москва" LOCATION, "оон"
 * ORGANIZATION, "ельцин" PERSON). The tagger uses it to name words the sequence model left out (acronyms and
 * names it had too little context for) and places inside organisation names ("мэрии Москвы"), which a flat
 * tagger cannot mark twice. Written beside the model as {@code lemma<TAB>TYPE} lines.
 */
public final class NameGazetteer {

    public static final String DEFAULT_RESOURCE = "/models/ru-names.tsv";
    private static final double DOMINANT_SHARE = 0.9;

    private final Map<String, EntityType> types;

    public NameGazetteer(Map<String, EntityType> types) {
        this.types = Map.copyOf(types);
    }

    public static NameGazetteer empty() {
        return new NameGazetteer(Map.of());
    }

    public static NameGazetteer build(List<AnnotatedText> docs, int minCount) {
        Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
        RussianMorphology morphology = RussianMorphology.shared();
        for (AnnotatedText doc : docs) {
            for (TypedSpan m : doc.mentions()) {
                String s = doc.slice(m);
                if (s.length() > 1 && Character.isUpperCase(s.codePointAt(0))
                        && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                    counts.computeIfAbsent(lemma(morphology, s), k -> new EnumMap<>(EntityType.class))
                            .merge(m.type(), 1, Integer::sum);
                }
            }
        }
        Map<String, EntityType> kept = new TreeMap<>();
        counts.forEach((lemma, byType) -> {
            int total = byType.values().stream().mapToInt(Integer::intValue).sum();
            byType.forEach((type, n) -> {
                if (total >= minCount && n >= DOMINANT_SHARE * total) {
                    kept.put(lemma, type);
                }
            });
        });
        return new NameGazetteer(kept);
    }

    /** The lower-case lemma of a noun reading, or the lower-cased word when the dictionary has none. */
    public static String lemma(RussianMorphology morphology, String word) {
        for (RussianMorphology.Reading r : morphology.analyze(word).readings()) {
            if (r.tag().startsWith("NN")) {
                return r.lemma().toLowerCase(Locale.ROOT);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** The type the corpora give this word's lemma, or {@code null}. */
    public EntityType typeOf(String word) {
        return types.isEmpty() ? null : types.get(lemma(RussianMorphology.shared(), word));
    }

    public boolean isPlace(String word) {
        return typeOf(word) == EntityType.LOCATION;
    }

    public int size() {
        return types.size();
    }

    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(types).forEach((lemma, type) -> lines.add(lemma + "\t" + type));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static NameGazetteer read(InputStream in) {
        Map<String, EntityType> types = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    types.put(line.substring(0, tab), EntityType.valueOf(line.substring(tab + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameGazetteer(types);
    }

    /** The gazetteer written beside a model file, or an empty one. */
    public static NameGazetteer besideModel(Path model) {
        Path file = model.toAbsolutePath().resolveSibling("ru-names.tsv");
        if (!Files.exists(file)) {
            return empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
