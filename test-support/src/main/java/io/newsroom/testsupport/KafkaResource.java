package io.newsroom.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a {@code @QuarkusTest} at the real Kafka broker of this test JVM. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", Infrastructure.get().kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; stopped by the JVM's shutdown hook.
    }
}
