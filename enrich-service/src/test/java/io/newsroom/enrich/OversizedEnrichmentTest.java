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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article whose enrichment is larger than the output topic allows is dead-lettered with the reason,
 * instead of being retried forever and blocking its partition. The limit is lowered here so that a small
 * article exceeds it.
 */
@QuarkusTest
@TestProfile(OversizedEnrichmentTest.SmallRecords.class)
@QuarkusTestResource(KafkaResource.class)
class OversizedEnrichmentTest {

    public static class SmallRecords implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.articles-enriched.max.request.size", "20000");
        }
    }

    @Test
    void tooLargeForTheTopicMeansDeadLetteredNotStuck() {
        String big = UUID.randomUUID().toString();
        TopicProbe.send(Topics.RAW, big, ArticleJson.write(ArticleSubmissions.fromPlainText(big,
                "Длинная статья\n\n" + "Очень длинный абзац текста. ".repeat(600), Instant.now())));
        String small = UUID.randomUUID().toString();
        TopicProbe.send(Topics.RAW, small, ArticleJson.write(ArticleSubmissions.fromPlainText(small,
                "Короткая\n\nКороткий текст.", Instant.now())));

        var dead = TopicProbe.awaitRecords(Topics.RAW_DLQ, big, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("RecordTooLargeException");
        assertThat(TopicProbe.awaitRecord(Topics.ENRICHED, small, Duration.ofSeconds(30))).as("the partition moves on").isPresent();
    }
}
