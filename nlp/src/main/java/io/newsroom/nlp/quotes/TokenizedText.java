package io.newsroom.nlp.quotes;

import io.newsroom.nlp.ner.RussianTokenizer;
import io.newsroom.nlp.ner.Token;

import java.util.List;
import java.util.Locale;

/**
 * One article as tokens with code-point offsets, and for each token its line and sentence number, so that the
 * quote rules can look left and right of a quote mark without ever leaving its paragraph.
 */
final class TokenizedText {

    private final int[] cps;
    private final List<Token> tokens;
    private final int[] line;
    private final int[] sentence;

    TokenizedText(String text, RussianTokenizer tokenizer) {
        this.cps = text.codePoints().toArray();
        this.tokens = tokenizer.tokenize(text);
        this.line = new int[tokens.size()];
        this.sentence = new int[tokens.size()];
        int l = 0;
        for (int i = 1; i < tokens.size(); i++) {
            for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
                if (cps[k] == '\n') {
                    l++;
                    break;
                }
            }
            line[i] = l;
        }
        List<int[]> ranges = tokenizer.sentences(text, tokens);
        for (int s = 0; s < ranges.size(); s++) {
            for (int i = ranges.get(s)[0]; i < ranges.get(s)[1]; i++) {
                sentence[i] = s;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    int line(int i) {
        return line[i];
    }

    int sentence(int i) {
        return sentence[i];
    }

    boolean isWord(int i) {
        return i >= 0 && i < tokens.size() && Character.isLetterOrDigit(word(i).codePointAt(0));
    }

    boolean isCapitalised(int i) {
        return Character.isUpperCase(word(i).codePointAt(0));
    }

    /** True when token i (which may be out of range) is one of the single-character {@code marks}. */
    boolean is(int i, String marks) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String w = word(i);
        return w.length() == 1 && marks.indexOf(w.charAt(0)) >= 0;
    }

    /** A free-standing dash (not the hyphen inside a word, which the tokenizer keeps in the word). */
    boolean isDash(int i) {
        return is(i, "–—-");
    }

    boolean isSentenceEnd(int i) {
        return is(i, ".!?…");
    }

    /** The text between code-point offsets, end exclusive. */
    String slice(int cpStart, int cpEnd) {
        return new String(cps, cpStart, cpEnd - cpStart);
    }

    /** The words of tokens [from, to) as written, with the text's own spacing. */
    String span(int from, int to) {
        return slice(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The index of the first token that ends after {@code cp} (the token containing it, or the next one). */
    int tokenAt(int cp) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
