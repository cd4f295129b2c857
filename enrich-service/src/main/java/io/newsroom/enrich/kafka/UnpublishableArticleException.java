package io.newsroom.enrich.kafka;

/** An enriched article Kafka will never take (larger than the topic allows, say): its raw record is dead-lettered. */
public class UnpublishableArticleException extends RuntimeException {
    public UnpublishableArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
