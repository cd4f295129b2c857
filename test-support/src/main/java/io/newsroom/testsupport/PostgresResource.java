package io.newsroom.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points a {@code @QuarkusTest} at the real PostgreSQL of this test JVM. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Infrastructure infrastructure = Infrastructure.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(),
                "quarkus.datasource.username", infrastructure.dbUser(),
                "quarkus.datasource.password", infrastructure.dbPassword());
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; stopped by the JVM's shutdown hook.
    }
}
