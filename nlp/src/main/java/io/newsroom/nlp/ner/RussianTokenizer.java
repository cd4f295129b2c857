package io.newsroom.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words (letters and digits, with inner hyphens and apostrophes: "Ростов-на-Дону"; web names whole:
 * "Lenta.ru", "Gazeta.Ru", "m.facebook.com") and single punctuation marks, with code-point offsets; and sentences as ranges of tokens. Rule-based and allocation-light because it
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
                i = webNameEnd(cps, i);
            } else {
                i++;
            }
            tokens.add(new Token(new String(cps, start, i - start), start, i));
        }
        return tokens;
    }

    /** Top-level domains that end the web names of news media and companies. */
    private static final Set<String> DOMAINS = Set.of("ru", "com", "net", "org", "info", "su", "рф", "ua", "by",
            "kz", "uz", "am", "ge", "az", "md", "kg", "tj", "lv", "lt", "ee", "uk", "de", "fr", "it", "eu", "us", "io",
            "tv", "fm", "me", "biz", "co", "online", "media", "news");

    /**
     * Where a word that is a web name's first label ends: after ".label" parts up to a known domain ("Lenta.ru",
     * "Gazeta.Ru", "0.facebook.com"), or at {@code end} itself when no domain follows.
     */
    private static int webNameEnd(int[] cps, int end) {
        int j = end;
        while (j + 1 < cps.length && cps[j] == '.' && Character.isLetterOrDigit(cps[j + 1])) {
            int k = j + 1;
            while (k < cps.length && Character.isLetterOrDigit(cps[k])) {
                k++;
            }
            if (k < cps.length && cps[k] == '.' && k + 1 < cps.length && Character.isLetterOrDigit(cps[k + 1])) {
                j = k; // an inner label: "m.facebook.com"
                continue;
            }
            String label = new String(cps, j + 1, k - j - 1).toLowerCase(Locale.ROOT);
            return DOMAINS.contains(label) ? k : end;
        }
        return end;
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
