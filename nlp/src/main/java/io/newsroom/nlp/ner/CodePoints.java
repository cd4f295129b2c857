package io.newsroom.nlp.ner;

/** Conversions between Java (UTF-16) indices and the contract's Unicode code-point offsets. */
public final class CodePoints {

    private CodePoints() {
    }

    /**
     * The text's first {@code maxChars} characters, or all of it when shorter; never ends between the two halves
     * of a surrogate pair, so code-point offsets into it are offsets into the whole text.
     */
    public static String head(String text, int maxChars) {
        return text.length() > maxChars ? text.substring(0, text.offsetByCodePoints(0,
                text.codePointCount(0, maxChars))) : text;
    }

    public static String slice(String text, int cpStart, int cpEnd) {
        int s = text.offsetByCodePoints(0, cpStart);
        int e = text.offsetByCodePoints(s, cpEnd - cpStart);
        return text.substring(s, e);
    }

    /**
     * Slices of one text by code-point offsets in constant time each: {@link #slice(String, int, int)} walks the
     * text from its start every time, which made an article's mentions cost time in the square of its length.
     * The code-point index is built once, and only for a text with characters outside the BMP (where code points
     * and UTF-16 indices differ).
     */
    public static final class Slicer {
        private final String text;
        /** The UTF-16 index of each code point (and of the end), or null when they are the same. */
        private final int[] charIndex;

        public Slicer(String text) {
            this.text = text;
            int count = text.codePointCount(0, text.length());
            if (count == text.length()) {
                charIndex = null;
            } else {
                charIndex = new int[count + 1];
                for (int i = 0, cp = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), cp++) {
                    charIndex[cp] = i;
                }
                charIndex[count] = text.length();
            }
        }

        public String slice(int cpStart, int cpEnd) {
            return charIndex == null ? text.substring(cpStart, cpEnd) : text.substring(charIndex[cpStart], charIndex[cpEnd]);
        }
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
