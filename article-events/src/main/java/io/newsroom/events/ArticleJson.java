package io.newsroom.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON encoding of the event records, identical at both ends of every topic. */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());
    /** For bytes: characters outside the BMP as UTF-8, not as escaped surrogate pairs, as the String form has them. */
    private static final ObjectWriter UTF8_WRITER = MAPPER.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);

    private ArticleJson() {
    }

    /** Applies the contract's settings (ISO-8601 times, unknown fields tolerated, bounded nesting). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(64 * 1024 * 1024)
                .build());
        return mapper;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The value as UTF-8 JSON, written straight to bytes: for the largest articles this holds a third of what a
     * String, its chars and the serializer's copy would at once.
     */
    public static byte[] writeBytes(Object value) {
        try {
            return UTF8_WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a record value from its UTF-8 bytes (no String copy of a large record).
     *
     * @throws MalformedEventException when the value is not a record of this type: a poison record
     */
    public static <T> T read(byte[] json, Class<T> type) {
        if (json == null || isBlank(json)) {
            throw new MalformedEventException("empty record value");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw malformed(type, e);
        }
    }

    private static boolean isBlank(byte[] json) {
        for (byte b : json) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a record value.
     *
     * @throws MalformedEventException when the value is not a record of this type: a poison record
     */
    public static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record value");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw malformed(type, e);
        }
    }

    private static MalformedEventException malformed(Class<?> type, IOException e) {
        String reason = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
        return new MalformedEventException("not a valid " + type.getSimpleName() + ": " + reason);
    }
}
