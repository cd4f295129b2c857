package io.newsroom.publish.rest;

import io.newsroom.common.rest.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position (the last item's sort key and id), opaque to clients. Paging by position rather than
 * offset means no page repeats an item of the previous one when articles arrive in between.
 */
record Cursor(Instant sortKey, UUID id) {

    String encode() {
        String raw = sortKey.getEpochSecond() + ":" + sortKey.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("The cursor is not one this service gave out; start again without it.");
        }
    }
}
