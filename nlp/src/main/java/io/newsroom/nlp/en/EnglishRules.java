package io.newsroom.nlp.en;

import java.util.Locale;

import static io.newsroom.nlp.en.NewsWords.NATIONALITY_NOUNS;
import static io.newsroom.nlp.en.NewsWords.NOT_SPEAKERS;
import static io.newsroom.nlp.en.NewsWords.isMonth;

/**
 * What every rule class has: the gazetteers, and the tests on names that more than one of them makes.
 */
abstract class EnglishRules {

    final EnglishGazetteer gazetteer;

    EnglishRules(EnglishGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A name a company could have: not a place, a nationality, a month, a title or a sentence's first "The". */
    boolean companyName(TaggedText t, int from, int to) {
        if (to <= from) {
            return false;
        }
        String name = t.join(from, to);
        String first = t.word(from);
        return !gazetteer.isPlace(name) && !gazetteer.isDemonym(name) && !isNationalityNoun(name) && !isMonth(first)
                && !EnglishGazetteer.isTitle(first) && !NOT_SPEAKERS.contains(first.toLowerCase(Locale.ROOT))
                && !EnglishGazetteer.isLegalForm(first);
    }

    /** A plural of a common noun: "Refugees", "Traders" (its singular a dictionary has in lower case too). */
    boolean pluralNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 4 && lower.endsWith("s") && !lower.endsWith("ss")
                && EnglishLexicon.COMMON.equals(gazetteer.wordClass(lower.substring(0, lower.length() - 1)));
    }

    /** A word a dictionary has in lower case, whatever else it has ("SECURITY", "UNION"). */
    boolean commonWord(String word) {
        String c = gazetteer.wordClass(word);
        return EnglishLexicon.COMMON.equals(c) || EnglishLexicon.BOTH.equals(c);
    }

    /**
     * Where "( Norway )" opening at token {@code i} closes, a country in brackets as results tables give an athlete's
     * or a club's, or -1; the ")" comes before {@code end} and within three words.
     */
    int countryInBrackets(TaggedText t, int i, int end) {
        if (i >= end || !t.word(i).equals("(")) {
            return -1;
        }
        for (int close = i + 2; close < end && close <= i + 4; close++) {
            if (t.word(close).equals(")")) {
                return gazetteer.isCountry(t.join(i + 1, close)) ? close : -1;
            }
        }
        return -1;
    }

    /** A nationality as a noun before a name ("Dane", "Briton", "Australian"). */
    boolean isNationalityNoun(String w) {
        return NATIONALITY_NOUNS.contains(w.toLowerCase(Locale.ROOT)) || gazetteer.isDemonym(w);
    }
}
