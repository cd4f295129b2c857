package io.newsroom.nlp.ner;

/** Conversions between Java (UTF-16) indices and the contract's Unicode code-point offsets. */
public final class CodePoints {

    private CodePoints() {
    }

    public static String slice(String text, int cpStart, int cpEnd) {
        int s = text.offsetByCodePoints(0, cpStart);
        int e = text.offsetByCodePoints(s, cpEnd - cpStart);
        return text.substring(s, e);
    }

    /** Maps every UTF-16 index (0..length) to its code-point offset. */
    public static int[] charToCodePoint(String text) {
        int[] map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        map[text.length()] = cp;
        return map;
    }
}
