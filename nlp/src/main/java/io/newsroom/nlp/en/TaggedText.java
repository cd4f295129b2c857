package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article's tokens while its mentions are found: its sentences (token ranges), which of them are written in
 * capitals or in Title Case, and which tokens are a dateline's place (set by {@link LayoutRules#datelines}).
 */
final class TaggedText {
    final List<Token> tokens;
    final List<int[]> sentences;
    final int[] sentenceOf;
    final boolean[] capitals;
    final boolean[] titleCase;
    final boolean[] dateline;
    /** Each sentence's words, made once: the capitals tests and the model read them. */
    private final String[][] words;
    /** Whether this is a sports story ({@link SportsRules#sportsStory}), read once by the rules that ask. */
    private Boolean sportsStory;

    TaggedText(List<Token> tokens, List<int[]> sentences) {
        this.tokens = tokens;
        this.sentences = sentences;
        this.sentenceOf = new int[tokens.size()];
        this.capitals = new boolean[sentences.size()];
        this.titleCase = new boolean[sentences.size()];
        this.dateline = new boolean[tokens.size()];
        this.words = new String[sentences.size()][];
        for (int k = 0; k < sentences.size(); k++) {
            int[] s = sentences.get(k);
            Arrays.fill(sentenceOf, s[0], s[1], k);
            words[k] = new String[s[1] - s[0]];
            for (int i = 0; i < words[k].length; i++) {
                words[k][i] = tokens.get(s[0] + i).text();
            }
            capitals[k] = inCapitals(words[k]);
            titleCase[k] = !capitals[k] && inTitleCase(words[k]);
        }
    }

    /** A sports story (see {@link SportsRules#sportsStory}), worked out on the first question. */
    boolean sportsStory() {
        if (sportsStory == null) {
            sportsStory = SportsRules.sportsStory(this);
        }
        return sportsStory;
    }

    /** The words of sentence {@code k} (not to be changed). */
    String[] words(int k) {
        return words[k];
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** Capitalised, or in a sentence written in capitals. */
    boolean nameLike(int i) {
        String w = word(i);
        return Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0));
    }

    boolean sentenceStart(int i) {
        return sentences.get(sentenceOf[i])[0] == i;
    }

    String join(int from, int to) {
        return join(tokens, from, to);
    }

    static String join(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return sb.toString();
    }

    /** The words as the gazetteers and the document-level votes key them. */
    String key(int from, int to) {
        return EnglishGazetteer.key(join(from, to));
    }

    /** Which tokens the mentions cover. */
    boolean[] covered(List<Found> found) {
        boolean[] covered = new boolean[tokens.size()];
        for (Found f : found) {
            Arrays.fill(covered, f.from, f.to, true);
        }
        return covered;
    }

    /** The type of the mention covering each token, or null. */
    EntityType[] typeAt(List<Found> found) {
        EntityType[] typeAt = new EntityType[tokens.size()];
        for (Found f : found) {
            Arrays.fill(typeAt, f.from, f.to, f.type);
        }
        return typeAt;
    }

    static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /** Where a run of up to four capitalised words (and "&") ending right before {@code end} starts. */
    int runBefore(int end, int sentenceFrom) {
        int from = end;
        while (from > sentenceFrom && end - from < 4 && (nameLike(from - 1) || word(from - 1).equals("&"))) {
            from--;
        }
        while (from < end && !nameLike(from)) {
            from++;
        }
        return from;
    }

    /** Where a run of up to four capitalised words (and "&", and a legal form) starting at {@code from} ends. */
    int runAfter(int from, int sentenceTo) {
        int to = from;
        while (to < sentenceTo && to - from < 4 && (nameLike(to) || word(to).equals("&"))) {
            to++;
        }
        while (to > from && !nameLike(to - 1)) {
            to--;
        }
        return to;
    }

    /**
     * Words [from, to) name where something happened, not a team: after "in" ("In Newcastle :", "a win in Seattle",
     * "in Manchester , Leeds and Glasgow"; not "in Atalanta 's 2-1 victory") or alone on a scoreboard's "AT BOSTON"
     * line.
     */
    boolean venue(int from, int to) {
        int[] s = sentences.get(sentenceOf[from]);
        if (from == s[0] || to < s[1] && word(to).equals("'s")) {
            return false;
        }
        if (word(from - 1).equalsIgnoreCase("at")) {
            return from - 1 == s[0] && to == s[1];
        }
        // "in Manchester , Leeds and Glasgow": each place of a list after "in"
        int first = from;
        for (int items = 0; items < 6 && first - 2 > s[0] && LIST_SEPARATORS.contains(word(first - 1)); items++) {
            int previous = runBefore(first - 1, s[0]);
            if (previous == first - 1) {
                return false;
            }
            first = previous;
        }
        return first > s[0] && word(first - 1).equalsIgnoreCase("in");
    }

    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or");

    /** The sentence of token {@code i} is a results line: two numbers or more, one long lower-case word at most. */
    boolean resultsSentence(int i) {
        int[] s = sentences.get(sentenceOf[i]);
        int numbers = 0;
        int lowerWords = 0;
        for (int k = s[0]; k < s[1]; k++) {
            String w = word(k);
            if (EnglishFeatureGenerator.isNumber(w)) {
                numbers++;
            } else if (w.length() > 3 && Character.isLowerCase(w.codePointAt(0))) {
                lowerWords++;
            }
        }
        // cricket and standings lines have a few words ("first innings 326", "521-8 declared", "not out"): as many
        // as their numbers, three at most
        return numbers >= 2 && lowerWords <= Math.max(1, Math.min(3, numbers));
    }

    static boolean isPunctuation(String token) {
        return !Character.isLetterOrDigit(token.codePointAt(0));
    }

    /**
     * A headline or tweet in Title Case ("Solar Confusion Sets Housing Back"): most longer words after the first
     * capitalised, so that a capital tells less there and the rules that read names off capitals stay out.
     */
    static boolean inTitleCase(String[] words) {
        int longer = 0;
        int capitalised = 0;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 3 && Character.isLetter(w.codePointAt(0))) {
                longer++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return longer >= 3 && capitalised * 10 >= longer * 7;
    }

    /** A sentence written in capitals: four in five of its words of two letters or more, and three at least. */
    static boolean inCapitals(String[] words) {
        int letters = 0;
        int upper = 0;
        for (String w : words) {
            if (w.length() > 1 && Character.isLetter(w.codePointAt(0))) {
                letters++;
                if (w.equals(w.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper >= 0.8 * letters;
    }
}
