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
 * profile). Here a feature is a 64-bit fingerprint in an open-addressing table and its parameters are floats in
 * one shared array: about 26 MB for the Russian model and two memory accesses a lookup. Two feature strings sharing a fingerprint is a 2^-64 event
 * per pair; scores differ from GIS's only by float rounding.
 */
public final class CompactMaxentModel implements MaxentModel {

    private final String[] outcomes;
    /**
     * Open addressing, two longs a slot: the feature's fingerprint, then where its parameters start and end in
     * {@link #parameters}. Key and range share a cache line, so a lookup costs one memory access for the table
     * and one for the parameters (the tagger makes some 10,000 lookups an article, most of them cache misses).
     */
    private final long[] table;
    /** Per parameter: the weight's float bits in the high half, the outcome in the low half. */
    private final long[] parameters;
    private final int features;
    private final int mask;

    private CompactMaxentModel(String[] outcomes, long[] table, long[] parameters, int features) {
        this.outcomes = outcomes;
        this.table = table;
        this.parameters = parameters;
        this.features = features;
        this.mask = table.length / 2 - 1;
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
        if (total > Integer.MAX_VALUE) {
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
        private final int capacity;
        private int features;
        private int at;

        Builder(String[] outcomes, int featureCount, int parameterCount) {
            if (outcomes.length > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("too many outcomes for a compact model: " + outcomes.length);
            }
            this.outcomes = outcomes;
            this.capacity = Integer.highestOneBit(Math.max(16, featureCount * 2 - 1)) << 1;
            this.table = new long[capacity * 2];
            this.parameters = new long[parameterCount];
        }

        void add(long key, int[] outs, double[] params) {
            int slot = (int) key & (capacity - 1);
            while (table[2 * slot] != 0) {
                if (table[2 * slot] == key) {
                    throw new IllegalStateException("two features share a fingerprint: " + Long.toHexString(key));
                }
                slot = (slot + 1) & (capacity - 1);
            }
            table[2 * slot] = key;
            table[2 * slot + 1] = (long) at << 32 | (at + outs.length);
            for (int k = 0; k < outs.length; k++) {
                parameters[at++] = (long) Float.floatToRawIntBits((float) params[k]) << 32 | outs[k];
            }
            features++;
        }

        CompactMaxentModel build() {
            return new CompactMaxentModel(outcomes, table, parameters, features);
        }
    }

    /** A 64-bit hash of the string (FNV-1a over UTF-16 units, then mixed); never 0, which marks a free slot. */
    static long fingerprint(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** The feature's parameter range (start in the high half, end in the low half), or -1 when unknown. */
    private long range(String feature) {
        long key = fingerprint(feature);
        int slot = (int) key & mask;
        while (true) {
            long k = table[2 * slot];
            if (k == key) {
                return table[2 * slot + 1];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void add(long range, double value, double[] scores) {
        int end = (int) range;
        for (int k = (int) (range >>> 32); k < end; k++) {
            long p = parameters[k];
            scores[(int) p] += Float.intBitsToFloat((int) (p >>> 32)) * value;
        }
    }

    /** Adds the feature's weights, if the model knows the feature, to the outcomes' summed scores. */
    public void addWeights(String feature, double[] scores) {
        long range = range(feature);
        if (range >= 0) {
            add(range, 1, scores);
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
            if (range >= 0) {
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
