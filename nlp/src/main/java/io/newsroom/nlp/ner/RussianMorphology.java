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
 * thread-safe.
 *
 * <p>The cache keeps two generations of {@link #GENERATION} words: when the current one is full it becomes the
 * previous one, and the words found there move up, so the words news use all the time stay while the rest go. A
 * word costs about 300 bytes here (tags and feature strings are shared between words), so the cache stays under
 * 15 MB however long the service runs; a stream of varied news would otherwise fill any cap it is given.
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

    static final int GENERATION = 25_000;
    private static final RussianMorphology SHARED = new RussianMorphology();

    private final RussianTagger tagger = new RussianTagger();
    private volatile ConcurrentHashMap<String, Analysis> current = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<String, Analysis> previous = new ConcurrentHashMap<>();
    /**
     * One copy of each tag and of each feature that is not a lemma: a few thousand strings that the tagger would
     * otherwise make again for every word.
     */
    private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

    public static RussianMorphology shared() {
        return SHARED;
    }

    public Analysis analyze(String word) {
        ConcurrentHashMap<String, Analysis> now = current;
        Analysis a = now.get(word);
        if (a != null) {
            return a;
        }
        a = previous.get(word);
        if (a == null) {
            a = compute(word);
        }
        if (now.size() >= GENERATION) {
            synchronized (this) {
                if (current == now) {
                    previous = now;
                    current = new ConcurrentHashMap<>();
                }
                now = current;
            }
        }
        now.put(word, a);
        return a;
    }

    /** Words in the cache now (both generations; a word may be in both). */
    int cached() {
        return current.size() + previous.size();
    }

    private String shared(String s) {
        String known = shared.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private Analysis compute(String word) {
        List<Reading> readings = new ArrayList<>(4);
        if (word.codePoints().anyMatch(Character::isLetter)) {
            try {
                for (AnalyzedTokenReadings atr : tagger.tag(List.of(word))) {
                    for (AnalyzedToken t : atr.getReadings()) {
                        if (t.getPOSTag() != null && t.getLemma() != null) {
                            readings.add(new Reading(t.getLemma(), shared(t.getPOSTag())));
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
    private String[] features(String word, List<Reading> readings) {
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
        f.add("m=ls:" + (lemma.length() > 3 ? lemma.substring(lemma.length() - 3) : lemma));
        if (f.contains("m=Fam") && f.contains("m=Name")) {
            f.add("m=NameFam");
        }
        f.add("m=l:" + lemma);
        String[] features = f.toArray(String[]::new);
        for (int i = 0; i < features.length; i++) {
            if (!features[i].startsWith("m=l:")) {
                features[i] = shared(features[i]);
            }
        }
        return features;
    }
}
