package io.newsroom.nlp.ner;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.Arrays;
import java.util.Map;

/**
 * A trained maxent model in flat arrays, for tagging. OpenNLP's {@code GISModel} keeps a {@code HashMap} from
 * each feature string to its parameters: about 200 bytes an entry, some 90 MB for the Russian model's ~465,000
 * features, and a string hash, a node and a string compare per feature lookup (most of the tagger's time, in a
 * profile). Here a feature is a 64-bit fingerprint in an open-addressing table and its parameters are floats in
 * shared arrays: ~15 MB and cache-friendlier lookups. Two feature strings sharing a fingerprint is a 2^-64 event
 * per pair; scores differ from GIS's only by float rounding.
 */
public final class CompactMaxentModel implements MaxentModel {

    private final String[] outcomes;
    private final long[] keys;
    private final int[] predicateOfSlot;
    private final int[] starts;
    private final byte[] outcomeOf;
    private final float[] weights;
    private final int mask;

    private CompactMaxentModel(String[] outcomes, long[] keys, int[] predicateOfSlot, int[] starts, byte[] outcomeOf,
                               float[] weights) {
        this.outcomes = outcomes;
        this.keys = keys;
        this.predicateOfSlot = predicateOfSlot;
        this.starts = starts;
        this.outcomeOf = outcomeOf;
        this.weights = weights;
        this.mask = keys.length - 1;
    }

    /** The same model as a trained OpenNLP maxent (GIS) model. */
    public static CompactMaxentModel of(MaxentModel trained) {
        if (trained instanceof CompactMaxentModel compact) {
            return compact;
        }
        Object[] data = ((AbstractModel) trained).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = ((String[]) data[2]).clone();
        if (outcomes.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("too many outcomes for a compact model: " + outcomes.length);
        }
        int capacity = Integer.highestOneBit(Math.max(16, predicates.size() * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        int[] predicateOfSlot = new int[capacity];
        int[] starts = new int[predicates.size() + 1];
        int total = predicates.values().stream().mapToInt(c -> c.getOutcomes().length).sum();
        byte[] outcomeOf = new byte[total];
        float[] weights = new float[total];
        int predicate = 0;
        int at = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            long key = fingerprint(e.getKey());
            int slot = (int) key & (capacity - 1);
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    throw new IllegalStateException("two features share a fingerprint: " + e.getKey());
                }
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key;
            predicateOfSlot[slot] = predicate;
            starts[predicate] = at;
            int[] outs = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            for (int k = 0; k < outs.length; k++) {
                outcomeOf[at] = (byte) outs[k];
                weights[at] = (float) params[k];
                at++;
            }
            predicate++;
        }
        starts[predicate] = at;
        return new CompactMaxentModel(outcomes, keys, predicateOfSlot, starts, outcomeOf, weights);
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

    private int predicate(String feature) {
        long key = fingerprint(feature);
        int slot = (int) key & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return predicateOfSlot[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        Arrays.fill(probs, 0, outcomes.length, 0);
        for (String feature : context) {
            int p = predicate(feature);
            if (p >= 0) {
                for (int k = starts[p]; k < starts[p + 1]; k++) {
                    probs[outcomeOf[k]] += weights[k];
                }
            }
        }
        return normalise(probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        double[] probs = new double[outcomes.length];
        for (int i = 0; i < context.length; i++) {
            int p = predicate(context[i]);
            double value = values == null ? 1 : values[i];
            if (p >= 0) {
                for (int k = starts[p]; k < starts[p + 1]; k++) {
                    probs[outcomeOf[k]] += weights[k] * value;
                }
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
        return starts.length - 1;
    }
}
