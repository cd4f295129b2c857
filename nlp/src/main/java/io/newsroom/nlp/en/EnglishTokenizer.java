package io.newsroom.nlp.en;

import io.newsroom.nlp.ner.SentenceTokenizer;
import io.newsroom.nlp.ner.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English words and punctuation with code-point offsets, and sentences as token ranges. Words keep inner
 * hyphens and apostrophes ("Coca-Cola", "O'Neill") but give up a possessive ("Merkel's" → "Merkel" "'s");
 * abbreviations keep their periods ("U.S.", "Mr.", "J.", "Inc."), numbers their separators ("5,000", "3.5").
 * Rule-based, allocation-light: it runs on every English article.
 */
public final class EnglishTokenizer implements SentenceTokenizer {

    /** Words written with a period that does not end the sentence (lower case: "Mr", "inc"). */
    static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "ltd",
            "co", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "prof", "rev", "mt", "ft",
            "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "messrs",
            "supt", "det", "insp", "pres", "bros", "plc", "assn", "dept", "univ", "ave", "blvd", "rd");

    /** Abbreviations that are titles before a name: a sentence never ends after them. */
    private static final Set<String> NAME_PREFIXES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gen", "col",
            "lt", "sgt", "capt", "cmdr", "adm", "prof", "rev", "gov", "mt", "st", "messrs", "supt", "det", "insp", "pres");

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
            if (isApostrophe(c) && i + 1 < cps.length && (cps[i + 1] == 's' || cps[i + 1] == 'S')
                    && (i + 2 >= cps.length || !Character.isLetterOrDigit(cps[i + 2]))) {
                i += 2; // the possessive "'s" split from its word
            } else if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < cps.length) {
                    int d = cps[i];
                    boolean nextIsWord = i + 1 < cps.length && Character.isLetterOrDigit(cps[i + 1]);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if (isApostrophe(d) && nextIsWord && !isPossessive(cps, i)) {
                        i += 2;
                    } else if ((d == '-' || d == '&') && nextIsWord) {
                        i += 2; // "Coca-Cola", "AT&T"
                    } else if ((d == '.' || d == ',') && nextIsWord && Character.isDigit(cps[i - 1])
                            && Character.isDigit(cps[i + 1])) {
                        i += 2; // "5,000", "3.5"
                    } else if (d == '.' && nextIsWord && i - start == 1 && Character.isUpperCase(cps[start])
                            && i + 2 < cps.length && cps[i + 2] == '.') {
                        i += 2; // "U.S" of "U.S.", continued below
                    } else {
                        break;
                    }
                }
                if (i < cps.length && cps[i] == '.' && takesPeriod(cps, start, i)) {
                    i++;
                }
            } else {
                i++;
            }
            tokens.add(new Token(new String(cps, start, i - start), start, i));
        }
        return tokens;
    }

    /** "U.S" + ".", "J" + ".", "Mr" + ".", "Inc" + ".": abbreviations keep their period. */
    private static boolean takesPeriod(int[] cps, int start, int end) {
        int length = end - start;
        if (length >= 3 && cps[start + 1] == '.') {
            return true; // "U.S", "U.N"
        }
        if (length == 1 && Character.isUpperCase(cps[start])) {
            return true; // an initial
        }
        String word = new String(cps, start, length).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isPossessive(int[] cps, int apostrophe) {
        return apostrophe + 1 < cps.length && (cps[apostrophe + 1] == 's' || cps[apostrophe + 1] == 'S')
                && (apostrophe + 2 >= cps.length || !Character.isLetterOrDigit(cps[apostrophe + 2]));
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '’';
    }

    /**
     * A stop ends a sentence when the next token does not start lower-case or close something; a title's period
     * ("Mr.") and an initial ("J.") are part of their token, so never a stop here. Other abbreviations ("U.S.",
     * "Inc.") followed by a capital are rare enough in news to keep inside the sentence.
     */
    @Override
    public boolean endsSentence(List<Token> tokens, int t) {
        String next = tokens.get(t + 1).text();
        return !Character.isLowerCase(next.codePointAt(0)) && !",.;:)\"”’'".contains(next);
    }

    /** True for a title abbreviation with its period ("Mr.", "Dr."), which belongs to the name that follows. */
    static boolean isNamePrefix(String token) {
        return token.endsWith(".") && NAME_PREFIXES.contains(token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT));
    }
}
