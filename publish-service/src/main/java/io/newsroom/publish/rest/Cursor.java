package io.newsroom.publish.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsroom.common.rest.ProblemException;
import io.newsroom.events.ArticleJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A keyset position (the last item's sort key and id), opaque to clients. Paging by position rather than
 * offset means no page repeats an item of the previous one when items arrive in between. The first part
 * names the list, so that a cursor of one list is refused by another.
 */
record Cursor(List<String> parts) {

    private static final int MAX_CHARS = 2048;

    static Cursor of(String list, Object... keys) {
        List<String> parts = new ArrayList<>();
        parts.add(list);
        for (Object key : keys) {
            parts.add(String.valueOf(key));
        }
        return new Cursor(parts);
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(ArticleJson.write(parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of {@code list} with {@code keys} keys, or null when none was given; else a 400. */
    static Cursor decode(String cursor, String list, int keys) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            if (cursor.length() > MAX_CHARS) {
                throw new IllegalArgumentException("too long");
            }
            String json = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            List<String> parts = ArticleJson.mapper().readValue(json, new TypeReference<List<String>>() {
            });
            if (parts.size() != keys + 1 || !list.equals(parts.get(0)) || parts.contains(null)) {
                throw new IllegalArgumentException("not a " + list + " cursor");
            }
            return new Cursor(parts);
        } catch (Exception e) {
            throw ProblemException.badRequest("The cursor is not one this list gave out; start again without it.");
        }
    }

    Instant instant(int key) {
        return parse(() -> Instant.parse(parts.get(key + 1)));
    }

    UUID uuid(int key) {
        return parse(() -> UUID.fromString(parts.get(key + 1)));
    }

    int integer(int key) {
        return parse(() -> Integer.parseInt(parts.get(key + 1)));
    }

    float real(int key) {
        return parse(() -> {
            float value = Float.parseFloat(parts.get(key + 1));
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException("not finite");
            }
            return value;
        });
    }

    String text(int key) {
        return parts.get(key + 1);
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("The cursor is not one this list gave out; start again without it.");
        }
    }
}
