package io.newsroom.infra;

import io.newsroom.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalInfraTest {

    @Test
    void kafkaBrokerKeepsTopicsAndRecordsAcrossARestart(@TempDir Path dir) throws Exception {
        int port = Ports.findFree();
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), port, Ports.findFree())) {
            broker.createPipelineTopics();
            try (Admin admin = broker.admin()) {
                var description = admin.describeTopics(List.of(Topics.RAW)).allTopicNames().get(10, TimeUnit.SECONDS);
                assertThat(description.get(Topics.RAW).partitions()).hasSize(Topics.PARTITIONS);
            }
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.RAW, "k1", "durable")).get(10, TimeUnit.SECONDS);
            }

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            assertThat(readAll(broker.bootstrapServers(), Topics.RAW)).containsExactly("durable");
            assertThatThrownBy(() -> KafkaBroker.start(dir.resolve("other"), port, Ports.findFree()))
                    .hasMessageContaining("port " + port + " is already in use");
        }
    }

    @Test
    void postgresKeepsDataAcrossARestartAndSpeaksRussianFullText(@TempDir Path dir) throws Exception {
        int port = Ports.findFree();
        try (PostgresServer postgres = PostgresServer.start(dir.resolve("pg"), port)) {
            postgres.ensureDatabase("newsroom");
            postgres.ensureDatabase("newsroom");
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("newsroom"), PostgresServer.USER,
                    PostgresServer.PASSWORD); Statement s = c.createStatement()) {
                s.execute("create table note(text text)");
                s.execute("insert into note values ('Встреча прошла в Петербурге')");
            }
            postgres.stop();
            postgres.start();
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("newsroom"), PostgresServer.USER,
                    PostgresServer.PASSWORD); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from note where to_tsvector('russian', text)"
                         + " @@ plainto_tsquery('russian', 'Петербург')")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-infra-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
