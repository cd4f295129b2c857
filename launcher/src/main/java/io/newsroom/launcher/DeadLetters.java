package io.newsroom.launcher;

import io.newsroom.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./pipeline dlq list} and {@code ./pipeline dlq replay}: what the dead-letter topics hold and why,
 * and sending those records back to the topic they came from once the cause is fixed. Replay remembers
 * (as the consumer group {@value #REPLAY_GROUP}) how far it got, so each dead letter is replayed once.
 */
public final class DeadLetters {

    static final String REPLAY_GROUP = "pipeline-dlq-replay";
    private static final List<String> DLQ_TOPICS = List.of(Topics.RAW_DLQ, Topics.ENRICHED_DLQ);

    private final String bootstrapServers;
    private final PrintStream out;

    public DeadLetters(String bootstrapServers, PrintStream out) {
        this.bootstrapServers = bootstrapServers;
        this.out = out;
    }

    /** One dead letter, as shown by {@code list}. */
    public record DeadLetter(String topic, int partition, long offset, Instant timestamp, String key,
                             String originalTopic, String reason, int bytes) {
    }

    public List<DeadLetter> list(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer("pipeline-dlq-list-" + UUID.randomUUID())) {
            for (ConsumerRecord<String, String> record : readAll(consumer, DLQ_TOPICS)) {
                if (letters.size() >= limit) {
                    break;
                }
                letters.add(new DeadLetter(record.topic(), record.partition(), record.offset(),
                        Instant.ofEpochMilli(record.timestamp()), record.key(), header(record, "dead-letter-topic"),
                        header(record, "dead-letter-reason"), record.value() == null ? 0 : record.value().length()));
            }
        }
        return letters;
    }

    public void printList(int limit) {
        List<DeadLetter> letters = list(limit);
        out.printf("%-22s %4s %7s  %-24s %-38s %s%n", "topic", "part", "offset", "time", "key", "reason");
        for (DeadLetter letter : letters) {
            out.printf("%-22s %4d %7d  %-24s %-38s %s%n", letter.topic(), letter.partition(), letter.offset(),
                    letter.timestamp(), abbreviate(letter.key(), 38), abbreviate(letter.reason(), 100));
        }
        out.printf("%d dead letter(s)%n", letters.size());
    }

    /** Sends every dead letter not replayed before back to its original topic; returns how many. */
    public int replay() throws Exception {
        int replayed = 0;
        try (KafkaConsumer<String, String> consumer = consumer(REPLAY_GROUP);
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (ConsumerRecord<String, String> record : readAll(consumer, DLQ_TOPICS)) {
                String target = header(record, "dead-letter-topic");
                if (target == null) {
                    target = record.topic().equals(Topics.RAW_DLQ) ? Topics.RAW : Topics.ENRICHED;
                }
                producer.send(new ProducerRecord<>(target, record.key(), record.value())).get(30, TimeUnit.SECONDS);
                done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                replayed++;
            }
            // Committed after the records are on their topics: a crash in between replays some twice, which
            // the consumers absorb (enrichment is deterministic, publishing idempotent).
            consumer.commitSync(done);
        }
        out.printf("replayed %d dead letter(s)%n", replayed);
        return replayed;
    }

    private KafkaConsumer<String, String> consumer(String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
    }

    /** Everything from the group's position (or the start) up to the end offsets as they were at the start. */
    private static List<ConsumerRecord<String, String>> readAll(KafkaConsumer<String, String> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata position = committed.get(partition);
            consumer.seek(partition, position != null ? position.offset() : begin.get(partition));
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(60);
        while (!caughtUp(consumer, end) && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text, int max) {
        if (text == null) {
            return "-";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
