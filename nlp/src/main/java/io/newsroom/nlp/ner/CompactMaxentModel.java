package io.newsroom.nlp.ner;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataReader;
import opennlp.tools.ml.model.MaxentModel;

import java.io.IOException;

import java.util.Arrays;
import java.util.Map;

/**
 * A trained maxent model in flat arrays, for tagging. OpenNLP's {@code GISModel} keeps a {@code HashMap} from
 * each feature string to its parameters: about 200 bytes an entry, some 90 MB for the Russian model's ~465,000
 * features, and a string hash, a node and a string compare per feature lookup (most of the tagger's time, in a
 * profile). Here a feature is one 64-bit slot of an open-addressing table (a tag from its fingerprint, where its
 * parameters start and how many) and its parameters are floats in one shared array: 14 MB for the Russian model
 * and two memory accesses a lookup. A feature the model never saw is taken for a known one only when its tag equals
 * that of a slot the lookup passes: with tags of 40 bits or more, under 10^-7 an article. Scores differ from GIS's only by
 * float rounding.
 */
public final class CompactMaxentModel implements MaxentModel {

    private final String[] outcomes;
    /**
     * Open addressing with linear probing, one long a slot (0: free): the tag (the fingerprint's high bits), where
     * the feature's parameters start in {@link #parameters}, and how many there are ({@link Layout}). A lookup
     * costs one memory access for the table and one for the parameters (the tagger makes some 10,000 lookups an
     * article, most of them cache misses), and eight slots share a cache line.
     */
    private final long[] table;
    /** Per parameter: the weight's float bits in the high half, the outcome in the low half. */
    private final long[] parameters;
    private final Layout layout;
    private final int features;
    private final int mask;

    private CompactMaxentModel(String[] outcomes, long[] table, long[] parameters, Layout layout, int features) {
        this.outcomes = outcomes;
        this.table = table;
        this.parameters = parameters;
        this.layout = layout;
        this.features = features;
        this.mask = table.length - 1;
    }

    /**
     * How a slot's 64 bits are shared: the count of parameters in the low bits (enough for every outcome), their
     * start above it (enough for all parameters), and the rest, at least 40 bits, for the tag.
     */
    record Layout(int countBits, int startBits, int tagBits) {
        static Layout of(int outcomes, long parameters) {
            int countBits = 64 - Long.numberOfLeadingZeros(outcomes);
            int startBits = Math.max(1, 64 - Long.numberOfLeadingZeros(parameters));
            int tagBits = 64 - countBits - startBits;
            if (tagBits < 40) {
                throw new IllegalArgumentException("too many parameters for a compact model: " + parameters);
            }
            return new Layout(countBits, startBits, tagBits);
        }

        /** The fingerprint's high bits (the low ones pick the slot), never 0. */
        long tag(long key) {
            long tag = key >>> (64 - tagBits);
            return tag == 0 ? 1 : tag;
        }

        long slot(long tag, int start, int count) {
            return tag << (startBits + countBits) | (long) start << countBits | count;
        }

        long tagOf(long slot) {
            return slot >>> (startBits + countBits);
        }

        int start(long slot) {
            return (int) ((slot >>> countBits) & ((1L << startBits) - 1));
        }

        int count(long slot) {
            return (int) (slot & ((1L << countBits) - 1));
        }
    }

    /** The same model as a trained OpenNLP maxent (GIS) model. */
    public static CompactMaxentModel of(MaxentModel trained) {
        if (trained instanceof CompactMaxentModel compact) {
            return compact;
        }
        Object[] data = ((AbstractModel) trained).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        Builder builder = new Builder(((String[]) data[2]).clone(), predicates.size(),
                predicates.values().stream().mapToInt(c -> c.getOutcomes().length).sum());
        predicates.forEach((feature, context) ->
                builder.add(fingerprint(feature), context.getOutcomes(), context.getParameters()));
        return builder.build();
    }

    /**
     * Reads a GIS (or perceptron) model as OpenNLP writes it (what {@code GISModelReader} reads: a "GIS" tag, the
     * correction constant and parameter, outcome labels, outcome patterns, feature names, then each feature's
     * parameters pattern by pattern) straight into the compact form. OpenNLP's own reader first builds a map of every feature
     * name to its parameters, a 99 MB peak for the Russian model at start-up; here only the names' fingerprints
     * are kept until the parameters arrive (about 4 MB).
     */
    public static CompactMaxentModel read(DataReader in) throws IOException {
        String type = in.readUTF();
        // a perceptron model is the same table of weights without GIS's two correction values
        if ("GIS".equals(type)) {
            in.readInt(); // correction constant: scoring does not use it (see eval)
            in.readDouble(); // correction parameter: likewise
        } else if (!"Perceptron".equals(type)) {
            throw new IOException("not a GIS maxent or perceptron model: " + type);
        }
        String[] outcomes = new String[in.readInt()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = in.readUTF();
        }
        int[][] patterns = new int[in.readInt()][];
        long total = 0;
        for (int p = 0; p < patterns.length; p++) {
            String[] numbers = in.readUTF().split(" ");
            patterns[p] = new int[numbers.length];
            for (int k = 0; k < numbers.length; k++) {
                patterns[p][k] = Integer.parseInt(numbers[k]);
            }
            // first: how many features share the pattern; then the outcomes they have parameters for
            total += (long) patterns[p][0] * (numbers.length - 1);
        }
        long[] keys = new long[in.readInt()];
        for (int f = 0; f < keys.length; f++) {
            keys[f] = fingerprint(in.readUTF());
        }
        if (total > Integer.MAX_VALUE >> 1) {
            throw new IOException("too many parameters for a compact model: " + total);
        }
        Builder builder = new Builder(outcomes, keys.length, (int) total);
        int feature = 0;
        for (int[] pattern : patterns) {
            int[] outs = java.util.Arrays.copyOfRange(pattern, 1, pattern.length);
            for (int f = 0; f < pattern[0]; f++) {
                double[] params = new double[outs.length];
                for (int k = 0; k < outs.length; k++) {
                    params[k] = in.readDouble();
                }
                builder.add(keys[feature++], outs, params);
            }
        }
        if (feature != keys.length) {
            throw new IOException("model has " + keys.length + " features but parameters for " + feature);
        }
        return builder.build();
    }

    /** Fills the table and the parameters one feature at a time. */
    private static final class Builder {
        private final String[] outcomes;
        private final long[] table;
        private final long[] parameters;
        private final Layout layout;
        private final int capacity;
        private int features;
        private int at;

        Builder(String[] outcomes, int featureCount, int parameterCount) {
            if (outcomes.length > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("too many outcomes for a compact model: " + outcomes.length);
            }
            this.outcomes = outcomes;
            this.layout = Layout.of(outcomes.length, parameterCount);
            // at most ~60% full: a lookup for an unknown feature (most lookups) then passes about three slots
            this.capacity = Integer.highestOneBit(Math.max(16, featureCount * 5 / 3)) << 1;
            this.table = new long[capacity];
            this.parameters = new long[parameterCount];
        }

        void add(long key, int[] outs, double[] params) {
            long tag = layout.tag(key);
            int slot = (int) key & (capacity - 1);
            while (table[slot] != 0) {
                if (layout.tagOf(table[slot]) == tag) {
                    throw new IllegalStateException("two features share a fingerprint tag: " + Long.toHexString(key));
                }
                slot = (slot + 1) & (capacity - 1);
            }
            table[slot] = layout.slot(tag, at, outs.length);
            for (int k = 0; k < outs.length; k++) {
                parameters[at++] = (long) Float.floatToRawIntBits((float) params[k]) << 32 | outs[k];
            }
            features++;
        }

        CompactMaxentModel build() {
            return new CompactMaxentModel(outcomes, table, parameters, layout, features);
        }
    }

    /**
     * Fingerprints are a polynomial hash of the string's UTF-16 units (h = h × B + unit, from {@link #HASH_SEED}),
     * then mixed. Polynomial, so that the fingerprint of "p1" + a feature follows from the prefix's state and the
     * feature's own hash and length in constant time ({@link #fingerprint(long, long, long)}): a window generator
     * hashes each token's features once, not once per window position.
     */
    static final long HASH_SEED = 0xcbf29ce484222325L;
    static final long HASH_BASE = 0x9e3779b97f4a7c15L;

    /** A 64-bit fingerprint of the string, never 0 (which marks a free slot). */
    static long fingerprint(String s) {
        return finish(hash(HASH_SEED, s));
    }

    /** The polynomial hash of the string continued from {@code h} ({@code HASH_SEED} for a whole string, 0 for a suffix). */
    static long hash(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = h * HASH_BASE + s.charAt(i);
        }
        return h;
    }

    /** {@code HASH_BASE} to the power of the string's length: what a prefix's state is multiplied by before it. */
    static long power(String s) {
        long p = 1;
        long b = HASH_BASE;
        for (int n = s.length(); n > 0; n >>= 1) { // by squaring: features are short, but a token may be long
            if ((n & 1) != 0) {
                p *= b;
            }
            b *= b;
        }
        return p;
    }

    /**
     * The fingerprint of {@code prefix + s}, where {@code state} is {@code hash(HASH_SEED, prefix)},
     * {@code suffixHash} is {@code hash(0, s)} and {@code suffixPower} is {@code power(s)}.
     */
    static long fingerprint(long state, long suffixHash, long suffixPower) {
        return finish(state * suffixPower + suffixHash);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** The feature's slot (see {@link Layout}), or 0 when the model does not know it. */
    private long range(String feature) {
        return slotOf(fingerprint(feature));
    }

    /** The slot of the feature with this fingerprint, or 0 when the model does not know it. */
    private long slotOf(long key) {
        long tag = layout.tag(key);
        int slot = (int) key & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0 || layout.tagOf(entry) == tag) {
                return entry;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void add(long range, double value, double[] scores) {
        int start = layout.start(range);
        int end = start + layout.count(range);
        for (int k = start; k < end; k++) {
            long p = parameters[k];
            scores[(int) p] += Float.intBitsToFloat((int) (p >>> 32)) * value;
        }
    }

    /** Adds the feature's weights, if the model knows the feature, to the outcomes' summed scores. */
    public void addWeights(String feature, double[] scores) {
        long range = range(feature);
        if (range != 0) {
            add(range, 1, scores);
        }
    }

    /**
     * Adds the weights of every feature the model knows, by their fingerprints, in order (so the sums are the
     * same to the last bit as {@link #addWeights(String, double[])} one by one). The lookups go in two passes,
     * every slot first, then the parameters, so the table's cache misses, most of the tagger's time, are
     * independent loads the processor overlaps instead of waiting for each in turn. The keys are overwritten.
     */
    public void addWeights(FeatureKeys keys, double[] scores) {
        long[] k = keys.array();
        int n = keys.size();
        for (int f = 0; f < n; f++) {
            k[f] = slotOf(k[f]);
        }
        for (int f = 0; f < n; f++) {
            if (k[f] != 0) {
                add(k[f], 1, scores);
            }
        }
    }

    /** Turns summed scores into probabilities in place, as {@link #eval} does. */
    public double[] softmax(double[] scores) {
        return normalise(scores);
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        Arrays.fill(probs, 0, outcomes.length, 0);
        for (String feature : context) {
            addWeights(feature, probs);
        }
        return normalise(probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        double[] probs = new double[outcomes.length];
        for (int i = 0; i < context.length; i++) {
            long range = range(context[i]);
            if (range != 0) {
                add(range, values == null ? 1 : values[i], probs);
            }
        }
        return normalise(probs);
    }

    /** Softmax of the summed weights, as GIS computes it (shifted by the maximum for range). */
    private double[] normalise(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < outcomes.length; o++) {
            max = Math.max(max, scores[o]);
        }
        double sum = 0;
        for (int o = 0; o < outcomes.length; o++) {
            scores[o] = Math.exp(scores[o] - max);
            sum += scores[o];
        }
        for (int o = 0; o < outcomes.length; o++) {
            scores[o] /= sum;
        }
        return scores;
    }

    @Override
    public String getBestOutcome(double[] probs) {
        int best = 0;
        for (int o = 1; o < outcomes.length; o++) {
            if (probs[o] > probs[best]) {
                best = o;
            }
        }
        return outcomes[best];
    }

    @Override
    public String getAllOutcomes(double[] probs) {
        StringBuilder sb = new StringBuilder();
        for (int o = 0; o < outcomes.length; o++) {
            sb.append(outcomes[o]).append('[').append(String.format(java.util.Locale.ROOT, "%.4f", probs[o])).append("] ");
        }
        return sb.toString().strip();
    }

    @Override
    public String getOutcome(int i) {
        return outcomes[i];
    }

    @Override
    public int getIndex(String outcome) {
        for (int o = 0; o < outcomes.length; o++) {
            if (outcomes[o].equals(outcome)) {
                return o;
            }
        }
        return -1;
    }

    @Override
    public int getNumOutcomes() {
        return outcomes.length;
    }

    public int features() {
        return features;
    }
}
