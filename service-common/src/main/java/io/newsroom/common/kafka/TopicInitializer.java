package io.newsroom.common.kafka;

import io.newsroom.events.Topics;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * Creates the pipeline's topics (with their partition count) at start-up when they are missing, so a
 * service works against any broker, including one that does not create topics on demand. A broker that is
 * down does not stop the service from starting: creation is retried in the background with backoff, and
 * the readiness check reports the broker meanwhile.
 */
@ApplicationScoped
public class TopicInitializer {

    private final String bootstrapServers;
    private final boolean enabled;
    private final short replicationFactor;
    private volatile Thread worker;

    public TopicInitializer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                            @ConfigProperty(name = "pipeline.kafka.create-topics", defaultValue = "true") boolean enabled,
                            @ConfigProperty(name = "pipeline.kafka.replication-factor", defaultValue = "1") short replicationFactor) {
        this.bootstrapServers = bootstrapServers;
        this.enabled = enabled;
        this.replicationFactor = replicationFactor;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(this::createWithBackoff, "topic-initializer");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }

    private void createWithBackoff() {
        long backoffMs = 500;
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Topics.ensureExist(admin, replicationFactor, 10_000);
                    Log.debugf("Pipeline topics present on %s", bootstrapServers);
                    return;
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    Log.warnf("Cannot create the pipeline topics on %s yet (%s); retrying in %d ms",
                            bootstrapServers, e.getMessage(), backoffMs);
                    try {
                        Thread.sleep(backoffMs);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                    backoffMs = Math.min(backoffMs * 2, 30_000);
                }
            }
        }
    }
}
