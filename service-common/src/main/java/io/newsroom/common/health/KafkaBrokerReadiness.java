package io.newsroom.common.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Ready only while the Kafka broker answers a cluster description within a short timeout, so a probe
 * never hangs on a broker that is down (orchestrators give probes a few seconds).
 */
@Readiness
@ApplicationScoped
public class KafkaBrokerReadiness implements HealthCheck {

    private final String bootstrapServers;
    private final Duration timeout;
    private volatile Admin admin;

    public KafkaBrokerReadiness(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                @ConfigProperty(name = "pipeline.health.kafka-timeout", defaultValue = "3s") Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("kafka").up().withData("bootstrap.servers", bootstrapServers)
                    .withData("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        } catch (Exception e) {
            return down(e.getClass().getSimpleName());
        }
    }

    private HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named("kafka").down().withData("bootstrap.servers", bootstrapServers)
                .withData("reason", reason).build();
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    int ms = (int) timeout.toMillis();
                    admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms,
                            AdminClientConfig.CLIENT_ID_CONFIG, "readiness-check"));
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
