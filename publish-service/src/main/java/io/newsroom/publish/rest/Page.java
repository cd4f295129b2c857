package io.newsroom.publish.rest;

import java.util.List;
import java.util.function.Function;

/** Every list answer: the items and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    /** From up to {@code limit + 1} rows: the extra row only tells that a next page exists. */
    static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }
}
