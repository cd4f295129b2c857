package io.newsroom.nlp.ner;

import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.ru.RussianTagger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LanguageTool's Russian dictionary tagger behind a word cache: each word's readings (lemma and tag such as
 * {@code NN:Fam:Masc:Sin:T}). The tagger looks at one word at a time, so caching by word is exact. Shared and
 * thread-safe; the cache is cleared when it grows past {@link #MAX_CACHED} words to keep memory bounded.
 */
public final class RussianMorphology {

    /** One dictionary reading of a word: lower-case lemma and LanguageTool tag. */
    public record Reading(String lemma, String tag) {
    }

    /** All readings of a word, and the tagger features derived from them once. */
    public record Analysis(List<Reading> readings, String[] features) {

        public boolean hasTag(String part) {
            for (Reading r : readings) {
                if (r.tag().contains(part)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final int MAX_CACHED = 200_000;
    private static final RussianMorphology SHARED = new RussianMorphology();

    private final RussianTagger tagger = new RussianTagger();
    private final ConcurrentHashMap<String, Analysis> cache = new ConcurrentHashMap<>();

    public static RussianMorphology shared() {
        return SHARED;
    }

    public Analysis analyze(String word) {
        Analysis a = cache.get(word);
        if (a != null) {
            return a;
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        a = compute(word);
        cache.put(word, a);
        return a;
    }

    private Analysis compute(String word) {
        List<Reading> readings = new ArrayList<>(4);
        if (word.codePoints().anyMatch(Character::isLetter)) {
            try {
                for (AnalyzedTokenReadings atr : tagger.tag(List.of(word))) {
                    for (AnalyzedToken t : atr.getReadings()) {
                        if (t.getPOSTag() != null && t.getLemma() != null) {
                            readings.add(new Reading(t.getLemma(), t.getPOSTag()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Analysis(List.copyOf(readings), features(word, readings));
    }

    /** Name/Fam/Patr flags, parts of speech, cases, the lemma and its ending; "unk" for unknown words. */
    private static String[] features(String word, List<Reading> readings) {
        if (readings.isEmpty()) {
            return word.codePoints().anyMatch(Character::isLetter) ? new String[] {"m=unk"} : new String[0];
        }
        java.util.TreeSet<String> f = new java.util.TreeSet<>();
        for (Reading r : readings) {
            String[] parts = r.tag().split(":");
            f.add("m=p:" + parts[0]);
            for (String p : parts) {
                switch (p) {
                    case "Name", "Fam", "Patr", "Inanim", "Anim" -> f.add("m=" + p);
                    case "Nom", "R", "D", "V", "T", "P" -> f.add("m=c:" + p);
                    case "PL" -> f.add("m=pl");
                    default -> {
                    }
                }
            }
        }
        String lemma = readings.get(0).lemma();
        f.add("m=l:" + lemma);
        f.add("m=ls:" + (lemma.length() > 3 ? lemma.substring(lemma.length() - 3) : lemma));
        if (f.contains("m=Fam") && f.contains("m=Name")) {
            f.add("m=NameFam");
        }
        return f.toArray(String[]::new);
    }
}
