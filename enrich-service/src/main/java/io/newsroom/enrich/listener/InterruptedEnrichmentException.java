package io.newsroom.enrich.listener;

/** The reason a raw record that kept stopping enrich-service goes to the dead-letter topic. */
public class InterruptedEnrichmentException extends RuntimeException {

    public InterruptedEnrichmentException(String message) {
        super(message);
    }
}
