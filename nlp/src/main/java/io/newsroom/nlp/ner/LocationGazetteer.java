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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lemmas of one-word place names seen at least twice as LOCATION in the training corpora ("москва", "рф").
 * Used to find places named inside organisation names ("мэрии Москвы"), which the flat tagger cannot mark twice.
 */
public final class LocationGazetteer {

    public static final String DEFAULT_RESOURCE = "/models/ru-locations.txt";

    private final Set<String> lemmas;

    public LocationGazetteer(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    public static LocationGazetteer empty() {
        return new LocationGazetteer(Set.of());
    }

    public static LocationGazetteer build(List<AnnotatedText> docs, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        RussianMorphology morphology = RussianMorphology.shared();
        for (AnnotatedText doc : docs) {
            for (TypedSpan m : doc.mentions()) {
                String s = doc.slice(m);
                if (m.type() == EntityType.LOCATION && s.codePoints().allMatch(Character::isLetter)) {
                    counts.merge(lemma(morphology, s), 1, Integer::sum);
                }
            }
        }
        Set<String> kept = new TreeSet<>();
        counts.forEach((k, v) -> {
            if (v >= minCount) {
                kept.add(k);
            }
        });
        return new LocationGazetteer(kept);
    }

    static String lemma(RussianMorphology morphology, String word) {
        for (RussianMorphology.Reading r : morphology.analyze(word).readings()) {
            if (r.tag().startsWith("NN")) {
                return r.lemma().toLowerCase(Locale.ROOT);
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }

    public boolean contains(String word) {
        return !lemmas.isEmpty() && lemmas.contains(lemma(RussianMorphology.shared(), word));
    }

    public int size() {
        return lemmas.size();
    }

    public void write(Path file) throws IOException {
        Files.write(file, new TreeSet<>(lemmas), StandardCharsets.UTF_8);
    }

    public static LocationGazetteer read(InputStream in) {
        Set<String> lemmas = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lemmas.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocationGazetteer(lemmas);
    }

    public static LocationGazetteer read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
