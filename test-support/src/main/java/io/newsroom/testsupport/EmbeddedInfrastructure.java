package io.newsroom.testsupport;

import io.newsroom.infra.KafkaBroker;
import io.newsroom.infra.Ports;
import io.newsroom.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kafka (KRaft, broker process from Maven Central jars) and PostgreSQL (zonky binaries) on free loopback
 * ports, each started on first use, with data in a temporary directory.
 */
final class EmbeddedInfrastructure implements Infrastructure {

    private static final String DATABASE = "newsroom";

    private final Path dataDir;
    private KafkaBroker kafka;
    private PostgresServer postgres;

    EmbeddedInfrastructure() {
        try {
            dataDir = Files.createTempDirectory("newsroom-test-infra");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start(dataDir.resolve("kafka"), Ports.findFree(), Ports.findFree());
            kafka.createPipelineTopics();
        }
        return kafka;
    }

    private synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(dataDir.resolve("postgres"), Ports.findFree());
            postgres.ensureDatabase(DATABASE);
        }
        return postgres;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return postgres().jdbcUrl(DATABASE);
    }

    @Override
    public String dbUser() {
        return PostgresServer.USER;
    }

    @Override
    public String dbPassword() {
        return PostgresServer.PASSWORD;
    }

    @Override
    public void stopKafka() {
        kafka().stop();
    }

    @Override
    public void startKafka() {
        kafka().start();
    }

    @Override
    public void stopPostgres() {
        postgres().stop();
    }

    @Override
    public void startPostgres() {
        postgres().start();
    }

    @Override
    public synchronized void shutdown() {
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }
}
