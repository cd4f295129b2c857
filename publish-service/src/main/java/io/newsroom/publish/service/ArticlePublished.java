package io.newsroom.publish.service;

import io.newsroom.publish.query.ArticleSummary;

/**
 * Fired by {@link ArticleStore} when a transaction creates or revises an article; observers that must only
 * see committed data observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record ArticlePublished(ArticleSummary article, StoreOutcome outcome) {
}
