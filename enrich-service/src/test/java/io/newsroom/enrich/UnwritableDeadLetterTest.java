package io.newsroom.enrich;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dead letter the broker will not take must not stop the consumer: the poison record stays uncommitted (read
 * again after a restart) and the records after it are enriched. The dead-letter producer's record limit is lowered
 * here so that an ordinary poison record exceeds it; a failed nack used to stop the whole channel, silently.
 */
@QuarkusTest
@TestProfile(UnwritableDeadLetterTest.TinyDeadLetters.class)
@QuarkusTestResource(KafkaResource.class)
class UnwritableDeadLetterTest {

    public static class TinyDeadLetters implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.articles-raw.dead-letter-queue.max.request.size", "1000");
        }
    }

    @Test
    void theChannelGoesOnAndTheFailureIsCounted() {
        String poisonKey = "unwritable-poison-" + UUID.randomUUID();
        TopicProbe.send(Topics.RAW, poisonKey, "{not an article " + "x".repeat(5_000));
        String goodId = UUID.randomUUID().toString();
        TopicProbe.send(Topics.RAW, goodId, ArticleJson.write(ArticleSubmissions.fromPlainText(goodId,
                "After the unwritable dead letter\n\nThis one must still be enriched.", Instant.now())));

        assertThat(TopicProbe.awaitRecord(Topics.ENRICHED, goodId, Duration.ofSeconds(30))).as("the channel goes on").isPresent();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(given().get("/q/metrics").then().extract().asString())
                        .contains("newsroom_dead_letters_failed_total{topic=\"articles.raw.dlq\"} 1.0"));
        assertThat(TopicProbe.awaitRecords(Topics.RAW_DLQ, poisonKey, Duration.ofSeconds(2))).isEmpty();
    }
}
