package io.newsroom.nlp.ner;

/** A growable list of feature fingerprints (see {@link CompactMaxentModel#fingerprint(String)}), reused per token. */
public final class FeatureKeys {

    private long[] keys = new long[256];
    private int size;

    public void clear() {
        size = 0;
    }

    public void add(long key) {
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
    }

    /** The feature's fingerprint, as the model knows it. */
    public void add(String feature) {
        add(CompactMaxentModel.fingerprint(feature));
    }

    long[] array() {
        return keys;
    }

    public int size() {
        return size;
    }
}
