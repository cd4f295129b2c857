package io.newsroom.nlp.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author names from byline lines: "Текст: …", "Автор: …", "Автор текста: …", "Авторы: …", "Подготовил(а): …",
 * "By Jane Doe and John Roe". Photo, video and illustration credits on the same line are skipped, not authors.
 * Latin look-alike letters are folded first ({@link Confusables}), so "Tекст" with a Latin T is a byline too.
 */
public final class Bylines {

    /** Labels after the start of the line or a separator; bounded, so matching stays linear on long lines. */
    private static final Pattern LABEL = Pattern.compile(
            "(?:^|(?<=[.|;/,–—]\\s{0,3}))\\s{0,3}(автор текста|авторы|автор|текст и фото|текст|подготовила|подготовил"
                    + "|фото|фотограф|видео|иллюстрация|иллюстрации|photo|photos|video|written by|reporting by|by)"
                    + "(?:\\s{0,3}:|(?<=by)\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}'’.-]{0,30}");
    private static final int MAX_LINE = 200;

    private Bylines() {
    }

    /** The authors a byline line names; empty when the line is not a byline or names only photographers. */
    public static List<String> authors(String line) {
        List<String> out = new ArrayList<>();
        String folded = Confusables.fold(line.strip());
        if (folded.isEmpty() || folded.length() > MAX_LINE) {
            return out;
        }
        Matcher m = LABEL.matcher(folded);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(1), m.end()});
        }
        if (labels.isEmpty() || labels.get(0)[0] > 3) {
            return out;
        }
        for (int k = 0; k < labels.size(); k++) {
            String label = folded.substring(labels.get(k)[0], labels.get(k)[1]).strip().toLowerCase(Locale.ROOT);
            if (label.startsWith("фото") || label.startsWith("photo") || label.startsWith("видео")
                    || label.startsWith("video") || label.startsWith("иллюстрац")) {
                continue;
            }
            int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : folded.length();
            boolean allNames = names(folded.substring(labels.get(k)[1], end), out);
            if (label.endsWith("by") && !allNames) {
                return new ArrayList<>(); // "By Monday, officials said …" is a sentence, not a byline
            }
        }
        return out;
    }

    public static boolean isByline(String line) {
        String folded = Confusables.fold(line.strip());
        if (folded.isEmpty() || folded.length() > MAX_LINE) {
            return false;
        }
        Matcher m = LABEL.matcher(folded);
        return m.find() && m.start(1) <= 3 && (!folded.regionMatches(true, m.start(1), "by", 0, 2)
                || !authors(line).isEmpty());
    }

    /** Splits "Jane Doe and John Roe", "Анна Петрова, Иван Сидоров" into names; drops what is not a name. */
    private static boolean names(String list, List<String> out) {
        String cut = list.replaceAll("\\([^)]{0,80}\\)", " ");
        int slash = cut.indexOf('/');
        if (slash >= 0) {
            cut = cut.substring(0, slash); // "Jane Doe / Reuters"
        }
        boolean allNames = true;
        for (String part : cut.split(",|;|&|\\s+и\\s+|\\s+and\\s+|\\s+[|–—]\\s+")) {
            String name = part.strip().replaceAll("[.\\s]+$", "");
            String[] words = name.split("\\s+");
            if (name.isEmpty() || words.length > 4 || name.length() > 60) {
                allNames &= name.isEmpty();
                continue;
            }
            boolean ok = true;
            for (String w : words) {
                ok &= NAME_WORD.matcher(w).matches();
            }
            if (ok && !out.contains(name)) {
                out.add(name);
            }
            allNames &= ok;
        }
        return allNames;
    }
}
