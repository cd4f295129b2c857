package io.newsroom.ingest.rest;

/** The answer to an accepted article: its id, its content revision, and where it will be readable. */
public record AcceptedArticle(String id, String revision, String status, String location) {
}
