package io.newsroom.extraction;

import java.text.Normalizer;

/** Whitespace and Unicode normalisation shared by the text writer and the metadata reader. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Collapses every run of whitespace (NBSP and the other Unicode spaces included) to one space, drops
     * soft hyphens and zero-width characters (they would split words), trims, and returns NFC.
     */
    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0';
    }
}
