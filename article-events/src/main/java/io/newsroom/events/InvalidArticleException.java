package io.newsroom.events;

/**
 * A submitted article that cannot be accepted as it is. {@code field} names the offending field (or null
 * for the whole body); {@code unprocessable} separates well-formed input with wrong content (HTTP 422) from
 * input that is malformed (HTTP 400).
 */
public class InvalidArticleException extends RuntimeException {

    private final String field;
    private final boolean unprocessable;

    public InvalidArticleException(String field, String message, boolean unprocessable) {
        super(message);
        this.field = field;
        this.unprocessable = unprocessable;
    }

    public String field() {
        return field;
    }

    public boolean unprocessable() {
        return unprocessable;
    }
}
