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
     * Sentence ranges [from, to) over {@code tokens}: a break after . ! ? … when the next token does not start
     * lower-case, unless the period follows a single letter (an initial: "М. Мишустин"), and at line breaks.
     */
    @Override
    public List<int[]> sentences(String text, List<Token> tokens) {
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
                int n0 = next.text().codePointAt(0);
                boolean initial = w.equals(".") && t > 0 && tokens.get(t - 1).text().length() == 1
                        && Character.isUpperCase(tokens.get(t - 1).text().charAt(0));
                brk = !Character.isLowerCase(n0) && !initial && !",.;:)»\"".contains(next.text());
            }
            if (brk) {
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
