package io.newsroom.publish.rest;

import java.util.List;

/** Every list answer: the items and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {
}
