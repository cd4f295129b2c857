package io.newsroom.nlp.en;

import java.util.Map;

/**
 * How an English dictionary writes each word ({@code en-words.tsv}, made by {@link WordList}): only in lower case
 * ({@link #COMMON}: "get", "win"), only capitalised ({@link #PROPER}: "Clinton", "Toronto"), or both ({@link #BOTH}:
 * "Bush"/"bush", "May"/"may"). Looked up by lower-case key, so a headline in capitals still tells "WIN" from
 * "JAPAN". Kept as 64-bit fingerprints in one open-addressing table (about 1 MB for 74,000 words, where a map of
 * strings takes some 8 MB of enrich-service's small heap); the class is in a fingerprint's two low bits. A word not
 * in the dictionary is taken for one that is only when its 62-bit fingerprint equals one of theirs: never, in
 * practice.
 */
final class EnglishLexicon {

    static final String COMMON = "c";
    static final String PROPER = "p";
    static final String BOTH = "cp";
    private static final String[] CLASSES = {null, COMMON, PROPER, BOTH};

    private final long[] table;
    private final int mask;

    private EnglishLexicon(long[] table) {
        this.table = table;
        this.mask = table.length - 1;
    }

    static EnglishLexicon of(Map<String, String> classes) {
        int size = Integer.highestOneBit(Math.max(16, classes.size() * 3 / 2)) << 1; // a third to two-thirds full
        long[] table = new long[size];
        classes.forEach((key, c) -> {
            int code = c.equals(COMMON) ? 1 : c.equals(PROPER) ? 2 : c.equals(BOTH) ? 3 : 0;
            if (code == 0) {
                throw new IllegalArgumentException("unknown word class " + c + " of " + key);
            }
            long f = fingerprint(key);
            int slot = (int) (f >>> 32) & (size - 1);
            while (table[slot] != 0 && (table[slot] & ~3L) != f) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = f | code;
        });
        return new EnglishLexicon(table);
    }

    /** The class of a lexicon key ({@link EnglishGazetteer#key}), or {@code null}. */
    String classOf(String key) {
        long f = fingerprint(key);
        for (int slot = (int) (f >>> 32) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            if ((table[slot] & ~3L) == f) {
                return CLASSES[(int) (table[slot] & 3)];
            }
        }
        return null;
    }

    /** FNV-1a over the UTF-16 units, mixed; low two bits cleared for the class, never 0. */
    private static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h &= ~3L;
        return h == 0 ? 4 : h;
    }
}
