package io.newsroom.publish.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns user text into PostgreSQL text-search queries. The text is always a bound parameter; only the word
 * prefix form is built here, from letters and digits alone, so it cannot carry tsquery syntax.
 */
public final class SearchText {

    /**
     * The condition "the row's {@code search} matches the user's words", for a table aliased {@code alias} with
     * {@code language} and {@code search} columns: the words are parsed with the configuration the row was
     * indexed with (russian for ru, english for en, simple otherwise), so stemming, stop words and negation
     * ("-word") mean the same on both sides. Web-search syntax ("quoted phrase", or, -word). Three OR'ed
     * branches, each a GIN index scan. Takes the user's text three times.
     */
    public static String webMatch(String alias) {
        String a = alias + ".";
        return "((" + a + "language = 'ru' and " + a + "search @@ websearch_to_tsquery('russian', ?))"
                + " or (" + a + "language = 'en' and " + a + "search @@ websearch_to_tsquery('english', ?))"
                + " or (coalesce(" + a + "language, '') not in ('ru', 'en') and " + a
                + "search @@ websearch_to_tsquery('simple', ?)))";
    }

    /**
     * The rank of a row's {@code search} for the user's words, with the row's configuration; title words
     * (weight A) count more than body words (B). Takes the user's text three times.
     */
    public static String webRank(String alias) {
        String a = alias + ".";
        return "ts_rank(" + a + "search, case " + a + "language when 'ru' then websearch_to_tsquery('russian', ?)"
                + " when 'en' then websearch_to_tsquery('english', ?) else websearch_to_tsquery('simple', ?) end)";
    }

    /** Every word as a prefix, as written or Russian/English-stemmed. Takes {@link #prefixQuery} twice. */
    public static final String PREFIX_QUERY = "(to_tsquery('simple', ?) || to_tsquery('russian', ?))";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 8;
    private static final int MAX_WORD_CHARS = 64;

    private SearchText() {
    }

    /** "Влад Путина" becomes "влад:* & путина:*"; null when the text has no word at all. */
    public static String prefixQuery(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_WORDS) {
            String word = m.group();
            if (word.length() > MAX_WORD_CHARS) {
                word = word.substring(0, MAX_WORD_CHARS);
            }
            words.add(word.toLowerCase(Locale.ROOT) + ":*");
        }
        return words.isEmpty() ? null : String.join(" & ", words);
    }
}
