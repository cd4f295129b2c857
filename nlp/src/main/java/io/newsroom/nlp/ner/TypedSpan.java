package io.newsroom.nlp.ner;

import io.newsroom.events.EnrichedArticle.EntityType;

/** An entity mention: code-point offsets into its text, end exclusive, and the entity type. */
public record TypedSpan(int start, int end, EntityType type) implements Comparable<TypedSpan> {

    public boolean overlaps(TypedSpan other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(TypedSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
