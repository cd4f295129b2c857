package io.newsroom.nlp.metadata;

import io.newsroom.nlp.ner.CodePoints;
import io.newsroom.nlp.ner.RussianTokenizer;
import io.newsroom.nlp.ner.Token;

import java.util.List;

/**
 * An extractive summary: the lead's first sentences, as many as fit in {@value #MAX_CHARS} characters (news
 * leads put the most important facts first, so position is the ranking). A first sentence longer than that is
 * cut at a word boundary with an ellipsis.
 */
public final class Summarizer {

    static final int MAX_CHARS = 300;
    private static final int MAX_SENTENCES = 3;
    /** Enough of a paragraph for three sentences; the rest is not read. */
    private static final int MAX_INPUT = 4000;

    private final RussianTokenizer tokenizer = new RussianTokenizer();

    public String summarize(String lead) {
        if (lead == null || lead.isBlank()) {
            return null;
        }
        String text = CodePoints.head(lead, MAX_INPUT);
        List<Token> tokens = tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return null;
        }
        int[] cps = text.codePoints().toArray();
        String summary = null;
        int taken = 0;
        for (int[] s : tokenizer.sentences(text, tokens)) {
            int end = tokens.get(s[1] - 1).end();
            String candidate = new String(cps, tokens.get(0).start(), end - tokens.get(0).start());
            if (candidate.length() > MAX_CHARS || ++taken > MAX_SENTENCES) {
                break;
            }
            summary = candidate;
        }
        return summary != null ? summary : cut(new String(cps, tokens.get(0).start(), cps.length - tokens.get(0).start()));
    }

    private static String cut(String s) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int end = s.lastIndexOf(' ', MAX_CHARS - 1);
        if (end <= 0) {
            end = MAX_CHARS - 1;
        }
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).strip() + "…";
    }
}
