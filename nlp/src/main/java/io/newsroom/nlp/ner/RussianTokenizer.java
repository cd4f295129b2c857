package io.newsroom.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Words (letters and digits, with inner hyphens and apostrophes: "Ростов-на-Дону") and single punctuation
 * marks, with code-point offsets; and sentences as ranges of tokens. Rule-based and allocation-light because it
 * runs on every article.
 */
public final class RussianTokenizer implements SentenceTokenizer {

    @Override
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < cps.length) {
                    int d = cps[i];
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '-' || d == '\'' || d == '’') && i + 1 < cps.length
                            && Character.isLetterOrDigit(cps[i + 1])) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            tokens.add(new Token(new String(cps, start, i - start), start, i));
        }
        return tokens;
    }

    /**
     * A stop ends a sentence when the next token does not start lower-case or close something, unless the period
     * follows a single capital (an initial: "М. Мишустин").
     */
    @Override
    public boolean endsSentence(List<Token> tokens, int t) {
        String next = tokens.get(t + 1).text();
        boolean initial = tokens.get(t).text().equals(".") && t > 0 && tokens.get(t - 1).text().length() == 1
                && Character.isUpperCase(tokens.get(t - 1).text().charAt(0));
        return !Character.isLowerCase(next.codePointAt(0)) && !initial && !",.;:)»\"".contains(next);
    }
}
