package io.newsroom.enrich;

import io.newsroom.events.ArticleJson;
import io.newsroom.events.ArticleSubmissions;
import io.newsroom.events.EnrichedArticle;
import io.newsroom.events.RawArticle;
import io.newsroom.events.Topics;
import io.newsroom.testsupport.KafkaResource;
import io.newsroom.testsupport.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the real broker: articles.raw in, articles.enriched (or the dead-letter topic) out. */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
class RawArticleListenerTest {

    @Test
    void aRawArticleComesOutEnrichedUnderTheSameKey() {
        String id = UUID.randomUUID().toString();
        RawArticle raw = ArticleSubmissions.fromPlainText(id,
                "Пожарные спасли кота с крыши\n\nСотрудники МЧС сняли животное с крыши пятиэтажного дома.", Instant.now());
        TopicProbe.send(Topics.RAW, id, ArticleJson.write(raw));

        ConsumerRecord<String, String> record = TopicProbe.awaitRecord(Topics.ENRICHED, id, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no enriched record for " + id));
        EnrichedArticle enriched = ArticleJson.read(record.value(), EnrichedArticle.class);
        assertThat(enriched.id()).isEqualTo(id);
        assertThat(enriched.revision()).isEqualTo(raw.revision());
        assertThat(enriched.language()).isEqualTo("ru");
        assertThat(enriched.title()).isEqualTo("Пожарные спасли кота с крыши");
        assertThat(enriched.enrichedAt()).isNotNull();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsReasonAndDoesNotBlockTheNext() {
        String poisonKey = "poison-" + UUID.randomUUID();
        TopicProbe.send(Topics.RAW, poisonKey, "{this is not an article");
        String goodId = UUID.randomUUID().toString();
        TopicProbe.send(Topics.RAW, goodId, ArticleJson.write(ArticleSubmissions.fromPlainText(goodId,
                "After the poison\n\nThis one must still be enriched.", Instant.now())));

        List<ConsumerRecord<String, String>> dead = TopicProbe.awaitRecords(Topics.RAW_DLQ, poisonKey, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("{this is not an article");
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("not a valid RawArticle");
        assertThat(TopicProbe.awaitRecord(Topics.ENRICHED, goodId, Duration.ofSeconds(30))).isPresent();
        assertThat(TopicProbe.awaitRecords(Topics.ENRICHED, poisonKey, Duration.ofSeconds(2))).isEmpty();
    }

    /** The dead-letter producer carries records as large as the largest accepted article's (it once stopped at 1 MB). */
    @Test
    void aPoisonRecordOfSeveralMegabytesIsDeadLetteredWhole() {
        String poisonKey = "large-poison-" + UUID.randomUUID();
        String poison = "{\"id\":\"" + poisonKey + "\",\"text\":\"" + "а".repeat(1_500_000) + "\"";
        TopicProbe.send(Topics.RAW, poisonKey, poison);
        String goodId = UUID.randomUUID().toString();
        TopicProbe.send(Topics.RAW, goodId, ArticleJson.write(ArticleSubmissions.fromPlainText(goodId,
                "After the large poison\n\nThis one must still be enriched.", Instant.now())));

        List<ConsumerRecord<String, String>> dead = TopicProbe.awaitRecords(Topics.RAW_DLQ, poisonKey, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(poison);
        assertThat(TopicProbe.awaitRecord(Topics.ENRICHED, goodId, Duration.ofSeconds(30))).isPresent();
    }
}
