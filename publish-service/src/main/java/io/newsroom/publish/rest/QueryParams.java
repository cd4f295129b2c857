package io.newsroom.publish.rest;

import io.newsroom.common.rest.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Query parameters parsed here rather than by the framework, so that every odd value is a 400 that says
 * what to send instead (the framework answers 404 for a number or enum it cannot convert).
 */
final class QueryParams {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    static final int MAX_SEARCH_CHARS = 500;

    private QueryParams() {
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }

    /** Free text: null when absent or blank; a 400 when too long or holding control characters. */
    static String text(String name, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxChars) {
            throw ProblemException.badRequest(name + " is longer than " + maxChars + " characters.");
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            // PostgreSQL text cannot hold NUL; other controls are never part of a search.
            if (ch < 0x20 && ch != '\t' || ch == 0x7f) {
                throw ProblemException.badRequest(name + " contains a control character.");
            }
        }
        return text;
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be an id (a UUID such as 7d3c2f1e-0b6a-4c1e-9a51-2f1c0e7b9d44).");
        }
    }

    /** The id in a resource path: anything that is not a UUID names nothing here, so it is a 404, not a 400. */
    static UUID pathId(String what, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No " + what + " " + value + " (" + what + " ids are UUIDs).");
        }
    }

    /** An ISO-8601 instant (2026-11-25T10:15:30Z), date-time with offset, or date (midnight UTC). */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant instant;
        try {
            instant = OffsetDateTime.parse(v).toInstant();
        } catch (RuntimeException notDateTime) {
            try {
                instant = LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (RuntimeException notDate) {
                throw ProblemException.badRequest(name
                        + " must be an ISO-8601 date-time with offset (2026-11-25T10:15:30Z) or a date (2026-11-25).");
            }
        }
        // Years PostgreSQL and java.sql.Timestamp both hold; beyond them a value is a mistake, not a filter.
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ProblemException.badRequest(name + " must lie between the years 1 and 9999.");
        }
        return instant;
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    static <E extends Enum<E>> String enumName(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(v)) {
                return constant.name();
            }
        }
        throw ProblemException.badRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
    }

    static int wholeNumber(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name + " must be a whole number from " + min + " to " + max + ".");
    }
}
