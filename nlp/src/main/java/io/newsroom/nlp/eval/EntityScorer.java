package io.newsroom.nlp.eval;

import io.newsroom.events.EnrichedArticle.EntityType;
import io.newsroom.nlp.ner.TypedSpan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted mentions against gold ones, document by document, and micro-averages the counts. Strict: a
 * prediction is right when a gold mention has the same start, end and type. Relaxed: when it overlaps a gold
 * mention of the same type not yet matched (one-to-one; exact matches are paired first). Not thread-safe.
 */
public final class EntityScorer {

    /** True positives, false positives and false negatives of one type. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }
    }

    private final Map<EntityType, Counts> strict = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Counts> relaxed = new EnumMap<>(EntityType.class);

    public EntityScorer() {
        for (EntityType t : EntityType.values()) {
            strict.put(t, new Counts());
            relaxed.put(t, new Counts());
        }
    }

    /** Adds one document's gold and predicted mentions (duplicates within each list count once). */
    public void add(List<TypedSpan> gold, List<TypedSpan> predicted) {
        List<TypedSpan> g = new ArrayList<>(new HashSet<>(gold));
        List<TypedSpan> p = new ArrayList<>(new HashSet<>(predicted));
        g.sort(null);
        p.sort(null);
        Set<TypedSpan> goldSet = new HashSet<>(g);
        for (TypedSpan s : p) {
            if (goldSet.contains(s)) {
                strict.get(s.type()).tp++;
            } else {
                strict.get(s.type()).fp++;
            }
        }
        Set<TypedSpan> predSet = new HashSet<>(p);
        for (TypedSpan s : g) {
            if (!predSet.contains(s)) {
                strict.get(s.type()).fn++;
            }
        }
        // Relaxed, one-to-one: exact pairs first, then each remaining prediction takes the first overlapping gold.
        Set<TypedSpan> usedGold = new HashSet<>();
        List<TypedSpan> rest = new ArrayList<>();
        for (TypedSpan s : p) {
            if (goldSet.contains(s)) {
                usedGold.add(s);
                relaxed.get(s.type()).tp++;
            } else {
                rest.add(s);
            }
        }
        for (TypedSpan s : rest) {
            TypedSpan match = null;
            for (TypedSpan x : g) {
                if (x.type() == s.type() && !usedGold.contains(x) && x.overlaps(s)) {
                    match = x;
                    break;
                }
            }
            if (match != null) {
                usedGold.add(match);
                relaxed.get(s.type()).tp++;
            } else {
                relaxed.get(s.type()).fp++;
            }
        }
        for (TypedSpan x : g) {
            if (!usedGold.contains(x)) {
                relaxed.get(x.type()).fn++;
            }
        }
    }

    public Counts strict(EntityType type) {
        return strict.get(type);
    }

    public Counts relaxed(EntityType type) {
        return relaxed.get(type);
    }

    public Counts strictTotal() {
        return total(strict);
    }

    public Counts relaxedTotal() {
        return total(relaxed);
    }

    private static Counts total(Map<EntityType, Counts> byType) {
        Counts all = new Counts();
        byType.values().forEach(all::add);
        return all;
    }

    /** A fixed-width table of one scoring (strict or relaxed): per type and micro-averaged over types. */
    public String table(boolean strictScoring) {
        Map<EntityType, Counts> byType = strictScoring ? strict : relaxed;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %7s %7s %7s%n", strictScoring ? "strict" : "relaxed",
                "tp", "fp", "fn", "P", "R", "F1"));
        for (EntityType t : EntityType.values()) {
            row(sb, t.name(), byType.get(t));
        }
        row(sb, "micro", total(byType));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %7.3f %7.3f %7.3f%n", label, c.tp, c.fp, c.fn,
                c.precision(), c.recall(), c.f1()));
    }
}
