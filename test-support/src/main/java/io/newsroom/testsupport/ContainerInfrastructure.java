package io.newsroom.testsupport;

import io.newsroom.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.Map;

/**
 * Kafka and PostgreSQL in containers (Testcontainers' Kafka and PostgreSQL modules). The images are the
 * official ones unless the system properties {@code pipeline.kafka.image} / {@code pipeline.postgres.image} or
 * the variables {@code KAFKA_IMAGE} / {@code POSTGRES_IMAGE} (the ones docker-compose.yml reads) name others,
 * such as the images {@code ./pipeline containers build} makes where no registry is reachable: those keep the
 * official images' conventions, so they stand in for them ({@code asCompatibleSubstituteFor}).
 */
final class ContainerInfrastructure implements Infrastructure {

    private KafkaContainer kafka;
    private PostgreSQLContainer postgres;

    private synchronized KafkaContainer kafka() {
        if (kafka == null) {
            kafka = new KafkaContainer(image("pipeline.kafka.image", "KAFKA_IMAGE", "apache/kafka:4.1.2", "apache/kafka"))
                    .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                    // as the embedded broker, docker-compose and k8s: records up to 16 MB (the largest articles)
                    .withEnv("KAFKA_MESSAGE_MAX_BYTES", "16777216");
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
            postgres = new PostgreSQLContainer(image("pipeline.postgres.image", "POSTGRES_IMAGE", "postgres:17", "postgres"))
                    .withDatabaseName("newsroom");
            postgres.start();
        }
        return postgres;
    }

    private static DockerImageName image(String property, String variable, String official, String compatibleWith) {
        String name = System.getProperty(property, "");
        if (name.isBlank()) {
            name = System.getenv().getOrDefault(variable, "");
        }
        if (name.isBlank()) {
            name = official;
        }
        return DockerImageName.parse(name).asCompatibleSubstituteFor(compatibleWith);
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
