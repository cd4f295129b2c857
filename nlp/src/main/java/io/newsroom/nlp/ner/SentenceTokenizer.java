package io.newsroom.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/** A language's tokenizer: tokens with code-point offsets, and sentences as token index ranges [from, to). */
public interface SentenceTokenizer {

    List<Token> tokenize(String text);

    /**
     * Whether the stop at token {@code t} (. ! ? …) ends a sentence, given the tokens around it: the language's
     * own knowledge of initials, titles and closing marks.
     */
    boolean endsSentence(List<Token> tokens, int t);

    /**
     * The longest sentence taggers and quote rules get, in tokens: news sentences run to a few hundred at most, and
     * text without stops or line breaks (a log dump, a run of quote marks) is cut into such pieces, so the work and
     * memory of a sentence stay bounded (one 150,000-token "sentence" filled enrich-service's heap).
     */
    int MAX_SENTENCE_TOKENS = 1_000;

    /**
     * Sentence ranges [from, to) over {@code tokens}: at line breaks, after stops that end a sentence, and every
     * {@link #MAX_SENTENCE_TOKENS} tokens of a sentence that goes on longer.
     */
    default List<int[]> sentences(String text, List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        int[] cps = null;
        for (int t = 0; t + 1 < tokens.size(); t++) {
            Token cur = tokens.get(t);
            Token next = tokens.get(t + 1);
            boolean brk = false;
            if (next.start() > cur.end()) {
                if (cps == null) {
                    cps = text.codePoints().toArray();
                }
                for (int k = cur.end(); k < next.start(); k++) {
                    if (cps[k] == '\n') {
                        brk = true;
                        break;
                    }
                }
            }
            String w = cur.text();
            if (!brk && (w.equals(".") || w.equals("!") || w.equals("?") || w.equals("…"))) {
                brk = endsSentence(tokens, t);
            }
            if (brk || t + 1 - from >= MAX_SENTENCE_TOKENS) {
                out.add(new int[] {from, t + 1});
                from = t + 1;
            }
        }
        if (from < tokens.size()) {
            out.add(new int[] {from, tokens.size()});
        }
        return out;
    }
}
