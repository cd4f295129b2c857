package io.newsroom.ingest.service;

/** A request body already decoded to text, with the format its Content-Type named. */
public record IncomingArticle(Format format, String text, String idempotencyKey) {

    public enum Format { PLAIN_TEXT, JSON }
}
