package io.newsroom.ingest.service;

import io.newsroom.common.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the request bytes being turned into articles at once. A request body becomes several times its size
 * in the heap (decoded text, article records, their JSON, the producer's buffer) until Kafka has the articles:
 * eight 5 MB batches at once ran a 256 MB heap out of memory. A request waits a little for room, then is
 * answered 503 with Retry-After instead of taking the service down.
 */
@ApplicationScoped
public class InFlightBudget {

    private static final int KIB = 1024;

    private final Semaphore kib;
    private final int totalKib;
    private final long waitMillis;

    public InFlightBudget(@ConfigProperty(name = "pipeline.ingest.max-inflight-bytes") long maxInFlightBytes,
                          @ConfigProperty(name = "pipeline.ingest.max-inflight-wait-ms", defaultValue = "5000") long waitMillis) {
        this.totalKib = (int) Math.max(1, maxInFlightBytes / KIB);
        this.kib = new Semaphore(totalKib, true);
        this.waitMillis = waitMillis;
    }

    /** Takes room for a body of {@code bytes}; give it back with {@link #release(int)} with the returned value. */
    public int acquire(long bytes) {
        // a body larger than the whole budget (only possible with a larger body limit) takes all of it
        int need = (int) Math.min(totalKib, Math.max(1, (bytes + KIB - 1) / KIB));
        try {
            if (kib.tryAcquire(need, waitMillis, TimeUnit.MILLISECONDS)) {
                return need;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw ProblemException.unavailable("The service is busy with other large submissions; retry this one "
                + "after Retry-After seconds.", 2, null);
    }

    public void release(int acquired) {
        kib.release(acquired);
    }

    int available() {
        return kib.availablePermits();
    }
}
