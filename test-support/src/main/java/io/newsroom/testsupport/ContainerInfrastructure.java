package io.newsroom.testsupport;

import io.newsroom.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.Map;

/**
 * Kafka and PostgreSQL in containers (Testcontainers). Image names can be overridden with the system
 * properties {@code pipeline.kafka.image} and {@code pipeline.postgres.image}, for engines that only have
 * locally built images.
 */
final class ContainerInfrastructure implements Infrastructure {

    private KafkaContainer kafka;
    private PostgreSQLContainer postgres;

    private synchronized KafkaContainer kafka() {
        if (kafka == null) {
            kafka = new KafkaContainer(System.getProperty("pipeline.kafka.image", "apache/kafka:4.1.2"))
                    .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
            kafka.start();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()))) {
                Topics.ensureExist(admin, (short) 1, 30_000);
            } catch (Exception e) {
                throw new IllegalStateException("could not create the pipeline topics", e);
            }
        }
        return kafka;
    }

    private synchronized PostgreSQLContainer postgres() {
        if (postgres == null) {
            postgres = new PostgreSQLContainer(System.getProperty("pipeline.postgres.image", "postgres:17"))
                    .withDatabaseName("newsroom");
            postgres.start();
        }
        return postgres;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka().getBootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return postgres().getJdbcUrl();
    }

    @Override
    public String dbUser() {
        return postgres().getUsername();
    }

    @Override
    public String dbPassword() {
        return postgres().getPassword();
    }

    // Pausing keeps the mapped ports, so clients reconnect to the same address once it is resumed.
    @Override
    public void stopKafka() {
        kafka().getDockerClient().pauseContainerCmd(kafka().getContainerId()).exec();
    }

    @Override
    public void startKafka() {
        kafka().getDockerClient().unpauseContainerCmd(kafka().getContainerId()).exec();
    }

    @Override
    public void stopPostgres() {
        postgres().getDockerClient().pauseContainerCmd(postgres().getContainerId()).exec();
    }

    @Override
    public void startPostgres() {
        postgres().getDockerClient().unpauseContainerCmd(postgres().getContainerId()).exec();
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
