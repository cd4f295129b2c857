package io.newsroom.common.rest;

import java.util.Map;

/**
 * A failure with a definite HTTP answer: the status, a short title that names the kind of problem, and a
 * detail that tells the caller what to fix. Headers (such as Retry-After) go with it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of(), null);
    }

    public ProblemException(int status, String title, String detail, Map<String, String> headers, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    public static ProblemException unavailable(String detail, int retryAfterSeconds, Throwable cause) {
        return new ProblemException(503, "Service unavailable", detail,
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)), cause);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
