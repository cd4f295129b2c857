package io.newsroom.ingest.service;

import io.newsroom.common.rest.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per API key token buckets, one for requests and one for bytes, so one client flooding the service (by
 * count or by size) is slowed down with 429 while other keys keep their share. In memory, per instance: with
 * N ingest instances a key gets N times the rate.
 */
@ApplicationScoped
public class RateLimiter {

    private final double requestsPerSecond;
    private final double requestBurst;
    private final double bytesPerSecond;
    private final double byteBurst;
    private final Map<String, Buckets> buckets = new ConcurrentHashMap<>();

    public RateLimiter(@ConfigProperty(name = "pipeline.ingest.rate-limit.requests-per-second") double requestsPerSecond,
                       @ConfigProperty(name = "pipeline.ingest.rate-limit.bytes-per-second") double bytesPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
        this.requestBurst = Math.max(1, requestsPerSecond * 2);
        this.bytesPerSecond = bytesPerSecond;
        this.byteBurst = bytesPerSecond * 2;
    }

    /** Takes one request and {@code bytes} from the key's buckets, or refuses with 429 and Retry-After. */
    public void acquire(String apiKey, long bytes) {
        if (requestsPerSecond <= 0) {
            return; // limiting switched off
        }
        Buckets keyBuckets = buckets.computeIfAbsent(apiKey == null ? "" : apiKey, k -> new Buckets());
        double waitSeconds;
        synchronized (keyBuckets) {
            long now = System.nanoTime();
            double elapsed = (now - keyBuckets.updatedNanos) / 1e9;
            keyBuckets.updatedNanos = now;
            keyBuckets.requests = Math.min(requestBurst, keyBuckets.requests + elapsed * requestsPerSecond);
            keyBuckets.bytes = Math.min(byteBurst, keyBuckets.bytes + elapsed * bytesPerSecond);
            // A body larger than the whole byte bucket could never pass: cap its cost at the bucket size.
            double cost = Math.min(bytes, byteBurst);
            if (keyBuckets.requests >= 1 && keyBuckets.bytes >= cost) {
                keyBuckets.requests -= 1;
                keyBuckets.bytes -= cost;
                return;
            }
            waitSeconds = Math.max((1 - keyBuckets.requests) / requestsPerSecond, (cost - keyBuckets.bytes) / bytesPerSecond);
        }
        int retryAfter = (int) Math.max(1, Math.ceil(waitSeconds));
        throw new ProblemException(429, "Too many requests", "This API key is over its rate ("
                + (int) requestsPerSecond + " requests/s, " + (long) bytesPerSecond + " bytes/s); retry after "
                + retryAfter + " s.", Map.of("Retry-After", Integer.toString(retryAfter)), null);
    }

    private final class Buckets {
        double requests = requestBurst;
        double bytes = byteBurst;
        long updatedNanos = System.nanoTime();
    }
}
