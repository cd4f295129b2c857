package io.newsroom.nlp.en;

import io.newsroom.events.EnrichedArticle.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A mention as token indexes [from, to) while an article is being tagged, with the model's confidence in it (the
 * rules give their own mentions a fixed one: {@link #CONFIDENT}, {@link #BY_LAYOUT} or 0.5).
 */
final class Found {
    /** A mention at least this sure names the same words elsewhere in the article. */
    static final double CONFIDENT = 0.8;
    /** The weight of a type read off a results line's layout, which outvotes the model's guesses elsewhere. */
    static final double BY_LAYOUT = 3.0;

    final int from;
    final int to;
    final EntityType type;
    final double confidence;

    Found(int from, int to, EntityType type, double confidence) {
        this.from = from;
        this.to = to;
        this.type = type;
        this.confidence = confidence;
    }

    Found typed(EntityType t) {
        return new Found(from, to, t, confidence);
    }

    boolean overlaps(Found other) {
        return from < other.to && other.from < to;
    }

    /**
     * The mentions with {@code names} in place of those they overlap (a layout read names better than the model), in
     * text order; of names that overlap each other the first stays.
     */
    static List<Found> replacing(List<Found> found, List<Found> names) {
        if (names.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size() + names.size());
        for (Found f : found) {
            if (names.stream().noneMatch(f::overlaps)) {
                out.add(f);
            }
        }
        for (Found n : names) {
            if (out.stream().noneMatch(n::overlaps)) {
                out.add(n);
            }
        }
        out.sort((a, b) -> Integer.compare(a.from, b.from));
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Found f && f.from == from && f.to == to && f.type == type
                && Double.compare(f.confidence, confidence) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, type, confidence);
    }

    @Override
    public String toString() {
        return type + "[" + from + "," + to + ") " + confidence;
    }
}
