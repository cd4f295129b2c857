package io.newsroom.nlp.metadata;

import io.newsroom.events.EnrichedArticle.Entity;
import io.newsroom.nlp.ner.RussianMorphology;
import io.newsroom.nlp.ner.RussianMorphology.Reading;
import io.newsroom.nlp.ner.RussianTokenizer;
import io.newsroom.nlp.ner.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Up to {@value #MAX_KEYWORDS} keywords: entity names and nouns (Russian by lemma, English lower-cased with a
 * plural "s" folded), ranked by frequency with a bonus for the title and the opening, no stop words. Only the
 * first {@value #MAX_CHARS} characters are read: the ranking settles long before, and lemmatising is the cost.
 */
public final class KeywordExtractor {

    static final int MAX_KEYWORDS = 10;
    private static final int MAX_CHARS = 20_000;
    private static final double TITLE_BONUS = 3;
    private static final double ENTITY_WEIGHT = 1.5;
    /** Words counted as the opening (about a lead paragraph) get a small bonus. */
    private static final int OPENING_TOKENS = 60;

    /** Nouns too general to say what an article is about. */
    private static final Set<String> RU_STOP = Set.of("год", "раз", "время", "день", "слово", "часть", "ход", "рамка",
            "очередь", "тема", "случай", "место", "сторона", "дело", "образ", "число", "мнение", "внимание",
            "текст", "фото", "автор", "прим", "им", "г", "т", "с");
    private static final Set<String> EN_STOP = Set.of("the", "and", "for", "that", "this", "with", "from", "was",
            "were", "are", "has", "have", "had", "but", "not", "its", "his", "her", "their", "they", "them", "she",
            "he", "him", "you", "our", "who", "what", "when", "where", "which", "will", "would", "could", "should",
            "said", "says", "told", "also", "about", "after", "before", "over", "into", "than", "then", "there",
            "been", "being", "more", "most", "some", "such", "other", "only", "just", "very", "year", "years",
            "time", "week", "day", "days", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "one", "two", "three", "all", "any", "out", "can", "may", "how", "why", "did", "does",
            "new", "per", "because", "while", "these", "those", "each", "made", "make", "people", "photo", "text");

    private final RussianMorphology morphology;
    private final RussianTokenizer tokenizer = new RussianTokenizer();

    public KeywordExtractor(RussianMorphology morphology) {
        this.morphology = morphology;
    }

    private static final class Score {
        final String display;
        double value;
        int first;

        Score(String display, int first) {
            this.display = display;
            this.first = first;
        }
    }

    /**
     * @param title    the title (its words count extra), may be null
     * @param content  the text to read (title, subtitle and body; no bylines)
     * @param entities entities found, whose canonical names stand for their mentions
     */
    public List<String> keywords(String title, String content, List<Entity> entities) {
        Map<String, Score> scores = new LinkedHashMap<>();
        Map<String, String> entityBySurname = new HashMap<>();
        for (Entity e : entities) {
            String[] words = e.name().split(" ");
            String key = key(words[words.length - 1]);
            entityBySurname.putIfAbsent(key, e.name());
            Score s = scores.computeIfAbsent(e.name().toLowerCase(Locale.ROOT), k -> new Score(e.name(), Integer.MAX_VALUE));
            s.value += ENTITY_WEIGHT * e.mentions().size();
            s.first = Math.min(s.first, e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start());
        }
        Set<String> titleKeys = new java.util.HashSet<>();
        if (title != null) {
            for (Token t : tokenizer.tokenize(title)) {
                String[] kw = keyword(t.text(), false);
                if (kw != null) {
                    titleKeys.add(kw[0]);
                }
            }
        }
        String text = content.length() > MAX_CHARS ? content.substring(0, MAX_CHARS) : content;
        List<Token> tokens = tokenizer.tokenize(text);
        boolean sentenceStart = true;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (!Character.isLetter(w.codePointAt(0))) {
                sentenceStart = ".!?…\n".contains(w) || sentenceStart && !Character.isLetterOrDigit(w.codePointAt(0));
                continue;
            }
            String[] kw = keyword(w, sentenceStart);
            sentenceStart = false;
            if (kw == null) {
                continue;
            }
            if (entityBySurname.containsKey(kw[0])) {
                continue; // counted through the entity's mentions
            }
            int at = i;
            Score s = scores.computeIfAbsent(kw[0], k -> new Score(kw[1], at));
            s.value += 1 + (i < OPENING_TOKENS ? 0.5 : 0);
        }
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            if (titleKeys.contains(e.getKey()) || titleKeys.contains(key(e.getValue().display))) {
                e.getValue().value += TITLE_BONUS;
            }
        }
        List<Score> ranked = new ArrayList<>(scores.values());
        ranked.removeIf(s -> s.value <= 0);
        ranked.sort((a, b) -> a.value != b.value ? Double.compare(b.value, a.value) : Integer.compare(a.first, b.first));
        List<String> out = new ArrayList<>();
        for (Score s : ranked) {
            if (out.size() == MAX_KEYWORDS) {
                break;
            }
            if (!out.contains(s.display)) {
                out.add(s.display);
            }
        }
        return out;
    }

    /** The merge key of a word (lemma or folded plural). */
    private String key(String word) {
        String[] kw = keyword(word, false);
        return kw == null ? word.toLowerCase(Locale.ROOT) : kw[0];
    }

    /** {key, display} for a content word, or null for a stop word, a function word or a non-noun. */
    private String[] keyword(String word, boolean sentenceStart) {
        if (word.codePointCount(0, word.length()) < 3 && !isAcronym(word)) {
            return null;
        }
        boolean capital = Character.isUpperCase(word.codePointAt(0));
        if (Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC) {
            List<Reading> readings = morphology.analyze(word).readings();
            if (readings.isEmpty()) {
                return capital ? new String[] {word.toLowerCase(Locale.ROOT), word} : null;
            }
            for (Reading r : readings) {
                if (r.tag().startsWith("NN") && !RU_STOP.contains(r.lemma())) {
                    boolean proper = isAcronym(word) || capital && (!sentenceStart || r.tag().contains("Name")
                            || r.tag().contains("Fam"));
                    String display = isAcronym(word) ? word
                            : proper ? Character.toUpperCase(r.lemma().charAt(0)) + r.lemma().substring(1) : r.lemma();
                    return new String[] {r.lemma(), display};
                }
            }
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (EN_STOP.contains(lower) || !Character.isLetter(word.codePointAt(0))) {
            return null;
        }
        String key = lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") ? lower.substring(0, lower.length() - 1) : lower;
        return new String[] {key, capital && !sentenceStart ? word : key};
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && Character.isLetter(w.codePointAt(0));
    }
}
