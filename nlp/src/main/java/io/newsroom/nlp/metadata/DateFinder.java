package io.newsroom.nlp.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an article mentions, as ISO-8601: a full date ("25 ноября 2026 года", "November 25, 2026", "25.11.2026",
 * "2026-11-25") as 2026-11-25, a month ("в ноябре", "in November 2026") as 2026-11, a year ("в 2025 году") as 2025.
 * Day and month without a year take the reference year (publication, else receipt); "вчера", "сегодня",
 * "yesterday" … count from the publication date only. Impossible dates ("31 февраля") are skipped. Patterns have
 * no nested repetition, so matching is linear in the text.
 */
public final class DateFinder {

    private static final String[] RU_GEN = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"};
    private static final String[] RU_PREP = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
            "сентябре", "октябре", "ноябре", "декабре"};
    private static final String[] EN = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
    private static final Map<String, Integer> RELATIVE = Map.of("позавчера", -2, "вчера", -1, "сегодня", 0,
            "завтра", 1, "послезавтра", 2, "yesterday", -1, "today", 0, "tomorrow", 1);

    /** What every English month name and abbreviation starts with, as {@link #EN_MONTH} matches it (capitalised). */
    private static final String[] EN_MONTH_PREFIXES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};
    private static final String[] RELATIVE_WORDS = {"вчера", "сегодня", "завтра", "yesterday", "today", "tomorrow"};

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\d])";
    /** Capitalised only: "may" and "march" are also common words. */
    private static final String EN_MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";

    private static final Pattern RU_DAY_MONTH = Pattern.compile(NOT_LETTER_BEFORE + "(\\d{1,2})(?:-го)?\\s{1,3}("
            + String.join("|", RU_GEN) + ")" + NOT_LETTER_AFTER + "(?:\\s{1,3}(\\d{4})" + NOT_LETTER_AFTER + ")?", FLAGS);
    private static final Pattern RU_MONTH = Pattern.compile(NOT_LETTER_BEFORE + "(?:в|во)\\s{1,3}("
            + String.join("|", RU_PREP) + ")" + NOT_LETTER_AFTER + "(?:\\s{1,3}(\\d{4})" + NOT_LETTER_AFTER + ")?", FLAGS);
    private static final Pattern EN_MONTH_DAY = Pattern.compile(NOT_LETTER_BEFORE + EN_MONTH + "\\s{1,3}(\\d{1,2})"
            + "(?:st|nd|rd|th)?" + NOT_LETTER_AFTER + "(?:,?\\s{1,3}(\\d{4})" + NOT_LETTER_AFTER + ")?");
    private static final Pattern EN_DAY_MONTH = Pattern.compile(NOT_LETTER_BEFORE + "(\\d{1,2})(?:st|nd|rd|th)?"
            + "\\s{1,3}(?:of\\s{1,3})?" + EN_MONTH + NOT_LETTER_AFTER + "(?:,?\\s{1,3}(\\d{4})" + NOT_LETTER_AFTER + ")?");
    private static final Pattern EN_IN_MONTH = Pattern.compile(NOT_LETTER_BEFORE + "[Ii]n\\s{1,3}" + EN_MONTH
            + NOT_LETTER_AFTER + "(?:\\s{1,3}(\\d{4})" + NOT_LETTER_AFTER + ")?");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern YEAR = Pattern.compile(NOT_LETTER_BEFORE + "(?:в\\s{1,3}(\\d{4})\\s{1,3}год[уа]"
            + "|in\\s{1,3}(\\d{4}))" + NOT_LETTER_AFTER, FLAGS);
    private static final Pattern RELATIVE_WORD = Pattern.compile(NOT_LETTER_BEFORE
            + "(позавчера|вчера|сегодня|послезавтра|завтра|yesterday|today|tomorrow)" + NOT_LETTER_AFTER, FLAGS);

    private record Found(int start, int end, String iso) {
    }

    /**
     * @param referenceYear year for dates written without one, or null
     * @param published     publication date for "вчера"/"yesterday", or null
     */
    public List<String> find(String text, Integer referenceYear, LocalDate published) {
        List<Found> found = new ArrayList<>();
        // Each pattern scans the whole text; skip those whose words or digits the text lacks (a Russian article
        // has no English month names, and the other way round), found with fast substring searches.
        String lower = text.toLowerCase(Locale.ROOT);
        boolean digits = hasDigit(text);
        boolean ruGenitive = containsAny(lower, RU_GEN);
        boolean enMonth = containsAny(text, EN_MONTH_PREFIXES);
        if (digits && ruGenitive) {
            each(RU_DAY_MONTH, text, m -> day(year(m.group(3), referenceYear), month(RU_GEN, m.group(2)), m.group(1)), found);
        }
        if (containsAny(lower, RU_PREP)) {
            each(RU_MONTH, text, m -> month(year(m.group(2), referenceYear), month(RU_PREP, m.group(1))), found);
        }
        if (digits && enMonth) {
            each(EN_MONTH_DAY, text, m -> day(year(m.group(3), referenceYear), enMonth(m.group(1)), m.group(2)), found);
            each(EN_DAY_MONTH, text, m -> day(year(m.group(3), referenceYear), enMonth(m.group(2)), m.group(1)), found);
        }
        if (enMonth) {
            each(EN_IN_MONTH, text, m -> month(year(m.group(2), referenceYear), enMonth(m.group(1))), found);
        }
        if (digits) {
            each(DOTTED, text, m -> day(year(m.group(3), null), Integer.parseInt(m.group(2)), m.group(1)), found);
            each(ISO, text, m -> day(year(m.group(1), null), Integer.parseInt(m.group(2)), m.group(3)), found);
            each(YEAR, text, m -> m.group(1) != null ? m.group(1) : m.group(2), found);
        }
        if (containsAny(lower, RELATIVE_WORDS)) {
            each(RELATIVE_WORD, text, m -> published == null ? null
                    : published.plusDays(RELATIVE.get(m.group(1).toLowerCase(Locale.ROOT))).toString(), found);
        }
        // the longest reading of each stretch of text wins ("25 ноября 2026" is not also "в ноябре")
        found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<String> out = new ArrayList<>();
        int covered = -1;
        for (Found f : found) {
            if (f.start() >= covered) {
                covered = f.end();
                if (!out.contains(f.iso())) {
                    out.add(f.iso());
                }
            }
        }
        return out;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void each(Pattern p, String text, java.util.function.Function<Matcher, String> iso, List<Found> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String value = iso.apply(m);
            if (value != null) {
                out.add(new Found(m.start(), m.end(), value));
            }
        }
    }

    private static Integer year(String written, Integer fallback) {
        if (written == null) {
            return fallback;
        }
        int y = Integer.parseInt(written);
        return y >= 1000 && y <= 2999 ? y : null;
    }

    private static int month(String[] names, String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(lower)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int enMonth(String written) {
        String lower = written.toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < EN.length; i++) {
            if (EN[i].startsWith(lower)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String day(Integer year, int month, String day) {
        if (year == null || month == 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null; // "31 февраля": not a date
        }
    }

    private static String month(Integer year, int month) {
        return year == null || month == 0 ? null : String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
}
