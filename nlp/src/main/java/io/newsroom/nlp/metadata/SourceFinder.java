package io.newsroom.nlp.metadata;

import io.newsroom.nlp.ner.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * News agencies and outlets an article cites ("пишет ТАСС", "передает РИА «Новости»", "по данным Reuters",
 * "according to AP", "(Reuters) -"), by canonical name, in order of first citation.
 *
 * <p>The general method is an attribution phrase (пишет, передает, сообщает, по данным, со ссылкой на, according
 * to, reported, …) followed by a name: a known outlet, a name after an outlet word ("газета «Завтра»", "агентство
 * Синьхуа"), or, after the verbs only media use (пишет, передает, сообщает, reports, writes), an acronym, a quoted
 * name or a Latin capitalised word. The list of well-known agencies is a fallback because their names often come
 * with no verb at all (datelines: "(Reuters) -", "/ТАСС/") and because it maps inflected and transliterated forms
 * ("Интерфакса", "Рейтер", "Associated Press") to one canonical name, which no pattern can.
 */
public final class SourceFinder {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("тасс", "ТАСС"), Map.entry("tass", "ТАСС"),
            Map.entry("риа новости", "РИА «Новости»"), Map.entry("ria novosti", "РИА «Новости»"),
            Map.entry("интерфакс", "Интерфакс"), Map.entry("интерфакса", "Интерфакс"),
            Map.entry("interfax", "Интерфакс"),
            Map.entry("reuters", "Reuters"), Map.entry("рейтер", "Reuters"), Map.entry("рейтерс", "Reuters"),
            Map.entry("ap", "AP"), Map.entry("associated press", "AP"), Map.entry("the associated press", "AP"),
            Map.entry("ассошиэйтед пресс", "AP"),
            Map.entry("afp", "AFP"), Map.entry("agence france-presse", "AFP"), Map.entry("франс пресс", "AFP"),
            Map.entry("франс-пресс", "AFP"),
            Map.entry("bloomberg", "Bloomberg"), Map.entry("блумберг", "Bloomberg"),
            Map.entry("рбк", "РБК"), Map.entry("bbc", "BBC"), Map.entry("би-би-си", "BBC"), Map.entry("cnn", "CNN"),
            Map.entry("коммерсантъ", "«Коммерсантъ»"), Map.entry("коммерсанта", "«Коммерсантъ»"),
            Map.entry("ведомости", "«Ведомости»"), Map.entry("ведомостей", "«Ведомости»"),
            Map.entry("известия", "«Известия»"), Map.entry("известий", "«Известия»"),
            Map.entry("регнум", "Regnum"), Map.entry("regnum", "Regnum"), Map.entry("белта", "БелТА"),
            Map.entry("синьхуа", "Синьхуа"), Map.entry("xinhua", "Xinhua"), Map.entry("dpa", "dpa"),
            Map.entry("kyodo", "Kyodo"), Map.entry("киодо", "Kyodo"), Map.entry("прайм", "ПРАЙМ"),
            Map.entry("the new york times", "The New York Times"), Map.entry("new york times", "The New York Times"),
            Map.entry("the guardian", "The Guardian"), Map.entry("financial times", "Financial Times"),
            Map.entry("the wall street journal", "The Wall Street Journal"),
            Map.entry("wall street journal", "The Wall Street Journal"));

    /** Agencies that sign datelines; only these count in "(Reuters) -" and "/ТАСС/" with no verb. */
    private static final Set<String> DATELINE_AGENCIES = Set.of("ТАСС", "РИА «Новости»", "Интерфакс", "Reuters",
            "AP", "AFP", "Bloomberg", "БелТА", "Синьхуа", "Xinhua", "dpa", "Kyodo", "ПРАЙМ");

    /** Verbs only the media are the subject of: a name after them is an outlet even if unknown. */
    private static final Set<String> MEDIA_VERBS = Set.of("пишет", "передает", "передаёт", "сообщает", "сообщают",
            "информирует", "пишут", "reports", "reported", "writes", "wrote");
    private static final Set<String> OTHER_VERBS = Set.of("сообщил", "сообщила", "сообщило", "сообщили", "told",
            "said", "says", "заявили", "цитирует");
    private static final Set<String> OUTLET_WORDS = Set.of("агентство", "агентства", "агентству", "газета",
            "газеты", "газете", "издание", "издания", "телеканал", "телеканала", "портал", "портала", "радиостанция",
            "радиостанции", "журнал", "журнала", "agency", "newspaper", "broadcaster", "outlet", "the");
    /** English puts the outlet before the verb: "AFP reported". */
    private static final Set<String> AFTER_NAME_VERBS = Set.of("reported", "reports", "said", "says", "wrote",
            "writes", "пишет", "сообщает", "передает", "передаёт");
    private static final int MAX_NAME_TOKENS = 5;

    /** Canonical names of the sources cited in {@code tokens} (of the article text). */
    public List<String> find(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = lower(tokens, i);
            int nameAt = -1;
            boolean media = MEDIA_VERBS.contains(w);
            if (media || OTHER_VERBS.contains(w)) {
                nameAt = i + 1;
            } else if (i + 1 < tokens.size() && (w.equals("по") && lower(tokens, i + 1).equals("данным")
                    || w.equals("according") && lower(tokens, i + 1).equals("to"))) {
                nameAt = i + 2;
            } else if (i + 2 < tokens.size() && w.equals("со") && lower(tokens, i + 1).equals("ссылкой")
                    && lower(tokens, i + 2).equals("на")) {
                nameAt = i + 3;
                media = true;
            } else if (isDatelineMark(w) && i + 2 < tokens.size() && isDatelineMark(lower(tokens, i + 2))) {
                String known = KNOWN.get(key(tokens.get(i + 1).text()));
                if (known != null && DATELINE_AGENCIES.contains(known) && !out.contains(known)) {
                    out.add(known);
                }
                continue;
            }
            if (AFTER_NAME_VERBS.contains(w)) {
                String before = knownEndingAt(tokens, i); // "AFP reported", "Reuters said"
                if (before != null && !out.contains(before)) {
                    out.add(before);
                }
            }
            if (nameAt > 0 && nameAt < tokens.size()) {
                String name = name(tokens, nameAt, media);
                if (name != null && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static String knownEndingAt(List<Token> tokens, int end) {
        for (int from = Math.max(0, end - 3); from < end; from++) {
            String known = KNOWN.get(key(span(tokens, from, end)));
            if (known != null) {
                return known;
            }
        }
        return null;
    }

    private static boolean isDatelineMark(String w) {
        return w.equals("(") || w.equals(")") || w.equals("/");
    }

    /** The outlet named from token {@code at}: known (longest match first), after an outlet word, or by its form. */
    private static String name(List<Token> tokens, int at, boolean mediaVerb) {
        boolean outletWord = false;
        while (at < tokens.size() && OUTLET_WORDS.contains(lower(tokens, at))) {
            outletWord = true;
            at++;
        }
        int end = at;
        boolean quoted = false;
        while (end < tokens.size() && end - at < MAX_NAME_TOKENS) {
            String t = tokens.get(end).text();
            boolean mark = "«»\"“”".contains(t) && t.length() == 1;
            quoted |= mark;
            boolean capital = Character.isUpperCase(t.codePointAt(0));
            if (!(mark || capital || quoted && Character.isLetterOrDigit(t.codePointAt(0)))) {
                break;
            }
            end++;
            if (t.equals("»") || t.equals("”")) {
                break;
            }
        }
        for (int e = end; e > at; e--) {
            String known = KNOWN.get(key(span(tokens, at, e)));
            if (known != null) {
                return known;
            }
        }
        if (end == at || !(outletWord || mediaVerb)) {
            return null;
        }
        String written = span(tokens, at, end);
        String first = tokens.get(at).text();
        boolean acronym = first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT))
                && Character.isLetter(first.codePointAt(0));
        boolean latin = Character.UnicodeScript.of(first.codePointAt(0)) == Character.UnicodeScript.LATIN;
        return outletWord || quoted || acronym || latin ? written : null;
    }

    /** Tokens [from, to) joined as written, with no space inside quote marks: РИА «Новости». */
    private static String span(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String t = tokens.get(i).text();
            boolean noSpace = i == from || tokens.get(i - 1).end() == tokens.get(i).start();
            if (!noSpace) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static String key(String name) {
        return Confusables.fold(name).toLowerCase(Locale.ROOT).replaceAll("[«»\"“”]", "").replaceAll("\\s+", " ")
                .strip();
    }

    private static String lower(List<Token> tokens, int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
