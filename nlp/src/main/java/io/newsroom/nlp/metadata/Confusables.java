package io.newsroom.nlp.metadata;

/**
 * Folds Latin letters that look like Cyrillic ones ("Tекст" typed with a Latin T) into Cyrillic inside words that
 * are otherwise Cyrillic, so that labels and names match. Pure-Latin words are left alone.
 */
public final class Confusables {

    private static final String LATIN = "ABCEHKMOPTXYaceopxyk";
    private static final String CYRILLIC = "АВСЕНКМОРТХУасеорхук";

    private Confusables() {
    }

    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(s.charAt(i++));
                continue;
            }
            String word = s.substring(i, end);
            out.append(hasCyrillic(word) ? foldWord(word) : word);
            i = end;
        }
        return out.toString();
    }

    private static boolean hasCyrillic(String word) {
        return word.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static String foldWord(String word) {
        char[] chars = word.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            int at = LATIN.indexOf(chars[k]);
            if (at >= 0) {
                chars[k] = CYRILLIC.charAt(at);
            }
        }
        return new String(chars);
    }
}
