package io.newsroom.nlp.en;

import java.util.Map;

/**
 * How an English dictionary writes each word ({@code en-words.tsv}, made by {@link WordList}): only in lower case
 * ({@link #COMMON}: "get", "win"), only capitalised ({@link #PROPER}: "Clinton", "Toronto"), or both ({@link #BOTH}:
 * "Bush"/"bush", "May"/"may"). Looked up by lower-case key, so a headline in capitals still tells "WIN" from
 * "JAPAN". Kept as 64-bit fingerprints in one open-addressing table (1 MB for 74,000 words, built while the list is read, where a map of
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
        Builder builder = new Builder();
        classes.forEach(builder::add);
        return builder.build();
    }

    /**
     * Fills the table a word at a time, doubling it when two-thirds full, so that a word list read line by line never
     * exists as strings all at once (a slot is found from the fingerprint alone, so doubling needs no words).
     */
    static final class Builder {
        private long[] table = new long[16];
        private int count;

        Builder add(String key, String c) {
            int code = c.equals(COMMON) ? 1 : c.equals(PROPER) ? 2 : c.equals(BOTH) ? 3 : 0;
            if (code == 0) {
                throw new IllegalArgumentException("unknown word class " + c + " of " + key);
            }
            if ((count + 1) * 3 > table.length * 2) {
                long[] old = table;
                table = new long[old.length * 2];
                for (long entry : old) {
                    if (entry != 0) {
                        place(table, entry);
                    }
                }
            }
            if (place(table, fingerprint(key) | code)) {
                count++;
            }
            return this;
        }

        int size() {
            return count;
        }

        EnglishLexicon build() {
            return new EnglishLexicon(table);
        }

        /** Puts an entry in its slot, replacing the class of a word already there; true when the word is new. */
        private static boolean place(long[] table, long entry) {
            int mask = table.length - 1;
            long f = entry & ~3L;
            int slot = (int) (f >>> 32) & mask;
            while (table[slot] != 0 && (table[slot] & ~3L) != f) {
                slot = (slot + 1) & mask;
            }
            boolean isNew = table[slot] == 0;
            table[slot] = entry;
            return isNew;
        }
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
