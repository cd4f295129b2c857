package io.newsroom.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where things are and which servers to use. Defaults are the embedded ones; environment variables point
 * the pipeline at an existing Kafka ({@code KAFKA_BOOTSTRAP_SERVERS}) and PostgreSQL ({@code PIPELINE_DB_URL},
 * {@code PIPELINE_DB_USER}, {@code PIPELINE_DB_PASSWORD}), in which case nothing embedded starts.
 */
public record PipelineSettings(
        Path home,
        Path dataDir,
        int ingestPort,
        int enrichPort,
        int publishPort,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        Optional<String> externalKafka,
        Optional<String> externalDbUrl,
        String dbUser,
        String dbPassword) {

    public static PipelineSettings fromEnvironment(Path home, Map<String, String> env) {
        return new PipelineSettings(
                home,
                Path.of(env.getOrDefault("PIPELINE_DATA_DIR", home.resolve(".pipeline").toString())),
                port(env, "PIPELINE_INGEST_PORT", 8081),
                port(env, "PIPELINE_ENRICH_PORT", 8082),
                port(env, "PIPELINE_PUBLISH_PORT", 8083),
                port(env, "PIPELINE_KAFKA_PORT", 19092),
                port(env, "PIPELINE_KAFKA_CONTROLLER_PORT", 19093),
                port(env, "PIPELINE_DB_PORT", 15432),
                nonBlank(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                nonBlank(env.get("PIPELINE_DB_URL")),
                env.getOrDefault("PIPELINE_DB_USER", "postgres"),
                env.getOrDefault("PIPELINE_DB_PASSWORD", "postgres"));
    }

    public boolean embeddedKafka() {
        return externalKafka.isEmpty();
    }

    public boolean embeddedPostgres() {
        return externalDbUrl.isEmpty();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
