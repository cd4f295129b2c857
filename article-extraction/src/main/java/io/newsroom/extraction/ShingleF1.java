package io.newsroom.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmarks' text metric: precision, recall and F1 over word 4-gram shingles of the
 * lower-cased text, counted as multisets, between an extracted text and the gold main text. Words are runs of
 * letters, digits, marks and underscores (Python's {@code \w+}), so punctuation and layout do not count.
 */
public final class ShingleF1 {

    /** Words per shingle. */
    public static final int SHINGLE_SIZE = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]+");

    private ShingleF1() {
    }

    /** Precision (how much of the extracted text is gold), recall (how much of the gold was extracted), F1. */
    public record Score(double precision, double recall, double f1) {
    }

    /** Scores {@code extracted} against {@code gold}. Two empty texts agree perfectly; one empty text scores 0. */
    public static Score score(String extracted, String gold) {
        Map<String, Integer> predicted = shingles(extracted);
        Map<String, Integer> expected = shingles(gold);
        if (predicted.isEmpty() && expected.isEmpty()) {
            return new Score(1, 1, 1);
        }
        if (predicted.isEmpty() || expected.isEmpty()) {
            return new Score(0, 0, 0);
        }
        long common = 0;
        long predictedCount = 0;
        long expectedCount = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            predictedCount += e.getValue();
            common += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
        }
        for (int count : expected.values()) {
            expectedCount += count;
        }
        double precision = (double) common / predictedCount;
        double recall = (double) common / expectedCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    /** The lower-cased words of {@code text}. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Shingle → count; a text shorter than one shingle is one shingle of all its words. */
    static Map<String, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<String, Integer> shingles = new HashMap<>();
        if (words.isEmpty()) {
            return shingles;
        }
        if (words.size() < SHINGLE_SIZE) {
            shingles.put(String.join(" ", words), 1);
            return shingles;
        }
        for (int i = 0; i + SHINGLE_SIZE <= words.size(); i++) {
            shingles.merge(String.join(" ", words.subList(i, i + SHINGLE_SIZE)), 1, Integer::sum);
        }
        return shingles;
    }
}
