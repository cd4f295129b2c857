package io.newsroom.testsupport;

/**
 * The real Kafka broker and PostgreSQL server the tests run against. One instance per test JVM, chosen by
 * the system property {@code pipeline.infra}: {@code embedded} (default; no Docker needed) or
 * {@code containers} (Testcontainers, where a Docker-compatible engine is present).
 */
public interface Infrastructure {

    String kafkaBootstrapServers();

    String jdbcUrl();

    String dbUser();

    String dbPassword();

    /** Stops the broker (as a crash or maintenance would); {@link #startKafka()} brings it back on the same data. */
    void stopKafka();

    void startKafka();

    void stopPostgres();

    void startPostgres();

    /** Stops everything at the end of the test JVM. */
    void shutdown();

    static Infrastructure get() {
        return Holder.INSTANCE;
    }

    final class Holder {
        private static final Infrastructure INSTANCE = create();

        private Holder() {
        }

        private static Infrastructure create() {
            String kind = System.getProperty("pipeline.infra", "embedded");
            Infrastructure infrastructure = switch (kind) {
                case "embedded", "" -> new EmbeddedInfrastructure();
                case "containers" -> new ContainerInfrastructure();
                default -> throw new IllegalArgumentException("pipeline.infra must be embedded or containers, not " + kind);
            };
            Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::shutdown, "test-infrastructure-shutdown"));
            return infrastructure;
        }
    }
}
