package io.newsroom.ingest.kafka;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.RawArticle;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Puts raw articles on {@code articles.raw}, keyed by article id. The returned Uni completes only when the
 * broker acknowledged the record (acks=all), and fails when it did not.
 */
@ApplicationScoped
public class RawArticlePublisher {

    private final MutinyEmitter<String> emitter;

    public RawArticlePublisher(@Channel("articles-raw") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                               MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(RawArticle article) {
        Message<String> message = Message.of(ArticleJson.write(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        return emitter.sendMessage(message);
    }
}
