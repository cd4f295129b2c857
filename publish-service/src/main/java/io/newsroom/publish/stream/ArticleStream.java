package io.newsroom.publish.stream;

import io.newsroom.publish.query.ArticleSummary;
import io.newsroom.publish.service.ArticlePublished;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Newly created or revised articles, to every open {@code GET /articles/stream}. Fed only after the storing
 * transaction committed, so a reader that follows an event to {@code GET /articles/{id}} finds the article.
 * Each subscriber gets what is published while it is subscribed; a reader that falls more than
 * {@value #BUFFER} events behind is disconnected (and catches up with {@code GET /articles}).
 */
@ApplicationScoped
public class ArticleStream {

    static final int BUFFER = 1024;

    private final BroadcastProcessor<ArticleSummary> processor = BroadcastProcessor.create();

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlePublished event) {
        // Reactive Streams wants onNext calls one at a time; the listener may store on several threads.
        synchronized (processor) {
            processor.onNext(event.article());
        }
    }

    public Multi<ArticleSummary> articles() {
        return processor.onOverflow().buffer(BUFFER);
    }
}
