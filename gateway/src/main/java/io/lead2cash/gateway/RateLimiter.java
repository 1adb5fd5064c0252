package io.lead2cash.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per caller (token subject, or client address for calls without a token): each refills at the
 * sustained rate up to the burst. In memory, per gateway instance: with N gateways a caller gets N times the rate.
 */
@ApplicationScoped
public class RateLimiter {

    private final double perSecond;
    private final double capacity;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config) {
        this.perSecond = config.rateLimit().requestsPerMinute() / 60.0;
        this.capacity = Math.max(1, config.rateLimit().burst());
    }

    /** Takes one request from the caller's bucket: 0 when allowed, else the seconds to wait before retrying. */
    long acquire(String caller) {
        if (perSecond <= 0) {
            return 0;
        }
        if (buckets.size() > 100_000) {
            // Callers who have not been seen for a minute have full buckets anyway: forgetting them is harmless.
            // A flood of new callers is forgotten wholesale, so memory stays bounded whatever arrives.
            long idle = System.nanoTime() - 60_000_000_000L;
            buckets.values().removeIf(b -> b.updated < idle);
            if (buckets.size() > 100_000) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(caller, k -> new Bucket(capacity)).take(perSecond, capacity);
    }

    /** One caller's bucket. */
    private static final class Bucket {
        private double tokens;
        private long updated = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized long take(double perSecond, double capacity) {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
