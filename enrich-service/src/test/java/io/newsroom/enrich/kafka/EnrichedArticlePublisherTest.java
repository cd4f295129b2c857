package io.newsroom.enrich.kafka;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.EnrichedArticle;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.reactive.messaging.MutinyEmitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The publisher's back-pressure, against an emitter whose broker acknowledges only when the test says so: pending
 * sends are bounded by the size of their JSON as well as by count.
 */
class EnrichedArticlePublisherTest {

    /** Records "sent" to a broker that has not acknowledged them yet. */
    private static final class SlowBroker implements MutinyEmitter<byte[]> {
        final List<CompletableFuture<Void>> pending = new CopyOnWriteArrayList<>();

        @Override
        public <M extends Message<? extends byte[]>> Uni<Void> sendMessage(M message) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            pending.add(ack);
            return Uni.createFrom().completionStage(ack);
        }

        @Override
        public Uni<Void> send(byte[] payload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendAndAwait(byte[] payload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Cancellable sendAndForget(byte[] payload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <M extends Message<? extends byte[]>> void send(M message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <M extends Message<? extends byte[]>> void sendMessageAndAwait(M message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <M extends Message<? extends byte[]>> Cancellable sendMessageAndForget(M message) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void complete() {
        }

        @Override
        public void error(Exception e) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }

    private static Uni<Void> send(EnrichedArticlePublisher publisher, EnrichedArticle article) throws InterruptedException {
        return publisher.publish(article.id(), ArticleJson.writeBytes(article));
    }

    private static EnrichedArticle article(String id, int textChars) {
        String text = "x".repeat(textChars);
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, id, "r1", now, now, null, null, null, null, "en",
                "Title", null, null, List.of(), text, text, List.of(), List.of(), null, "test");
    }

    @Test
    void aLargeArticleWaitsWhileOthersHoldTheJsonBudgetAndGoesOnceTheyAreAcknowledged() throws Exception {
        SlowBroker broker = new SlowBroker();
        EnrichedArticlePublisher publisher = new EnrichedArticlePublisher(broker, Duration.ofMinutes(1));
        // text and body each 3.5 M characters: some 7 MB of JSON, more than half of the 12 MB budget
        send(publisher, article("a", 3_500_000)).subscribe().with(ok -> { });
        send(publisher, article("b", 10)).subscribe().with(ok -> { });
        assertThat(broker.pending).hasSize(2);

        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<?> third = worker.submit(() -> {
                send(publisher, article("c", 3_500_000)).subscribe().with(ok -> { });
                return null;
            });
            Thread.sleep(300);
            assertThat(third).as("a second 7 MB record waits while the first is pending").isNotDone();
            assertThat(broker.pending).hasSize(2);

            broker.pending.get(0).complete(null);
            third.get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.pending).hasSize(3));
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void aRecordLargerThanTheWholeBudgetStillGoesWhenItIsAlone() throws Exception {
        SlowBroker broker = new SlowBroker();
        EnrichedArticlePublisher publisher = new EnrichedArticlePublisher(broker, Duration.ofMinutes(1));
        send(publisher, article("huge", EnrichedArticlePublisher.MAX_IN_FLIGHT_KB * 1024)).subscribe().with(ok -> { });
        assertThat(broker.pending).hasSize(1);
        broker.pending.get(0).complete(null);
        send(publisher, article("next", 10)).subscribe().with(ok -> { });
        assertThat(broker.pending).hasSize(2);
    }
}
