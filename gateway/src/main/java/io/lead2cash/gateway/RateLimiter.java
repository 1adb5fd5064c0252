package io.lead2cash.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per caller (token subject, or client address for calls without a valid token): each refills at
 * its policy's sustained rate up to its burst. A signed-in caller gets the most generous policy among their roles.
 * In memory, per gateway instance: with N gateways a caller gets N times the rate.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_CALLERS = 100_000;

    /** A named limit: {@code quota} calls at once, refilled at {@code perSecond}. */
    public record Policy(String name, double perSecond, double quota) {

        boolean unlimited() {
            return perSecond <= 0;
        }

        /** Seconds for an empty bucket to fill again: the window the quota is given for. */
        long windowSeconds() {
            return Math.max(1, Math.round(quota / perSecond));
        }
    }

    /**
     * What the caller's bucket said: whether the call may go on, how many more may follow at once, when the bucket
     * is full again, and (when refused) how long to wait.
     */
    public record Decision(Policy policy, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final Policy everyone;
    private final Policy anonymous;
    private final List<Policy> byRole;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimits limits = config.rateLimit();
        this.everyone = policy("default", limits.requestsPerMinute(), limits.burst());
        this.anonymous = policy("anonymous", limits.anonymous().requestsPerMinute(), limits.anonymous().burst());
        List<Policy> roles = new ArrayList<>();
        limits.roles().forEach((role, limit) -> roles.add(policy(role, limit.requestsPerMinute(), limit.burst())));
        this.byRole = List.copyOf(roles);
    }

    private static Policy policy(String name, int perMinute, int burst) {
        return new Policy(name, perMinute / 60.0, Math.max(1, burst));
    }

    /** The policy of a signed-in caller with these roles: the most generous of theirs, else the default. */
    Policy policyFor(Collection<String> roles) {
        Policy best = everyone;
        for (Policy role : byRole) {
            if (roles.contains(role.name()) && more(role, best)) {
                best = role;
            }
        }
        return best;
    }

    Policy anonymous() {
        return anonymous;
    }

    private static boolean more(Policy a, Policy b) {
        if (a.unlimited() || b.unlimited()) {
            return a.unlimited() && !b.unlimited();
        }
        return a.perSecond() > b.perSecond() || (a.perSecond() == b.perSecond() && a.quota() > b.quota());
    }

    /** Takes one call from the caller's bucket under the policy. */
    Decision acquire(String caller, Policy policy) {
        if (policy.unlimited()) {
            return new Decision(policy, true, Long.MAX_VALUE, 0, 0);
        }
        if (buckets.size() > MAX_CALLERS) {
            forgetIdleCallers();
        }
        // A caller whose roles change gets a new bucket: the key names the policy.
        return buckets.computeIfAbsent(policy.name() + '|' + caller, k -> new Bucket(policy.quota())).take(policy);
    }

    private void forgetIdleCallers() {
        // Callers who have not been seen for a minute have full buckets anyway: forgetting them is harmless.
        // A flood of new callers is forgotten wholesale, so memory stays bounded whatever arrives.
        long idle = System.nanoTime() - 60_000_000_000L;
        buckets.values().removeIf(b -> b.updated < idle);
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear();
        }
    }

    /** One caller's bucket. */
    private static final class Bucket {
        private double tokens;
        private volatile long updated = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized Decision take(Policy policy) {
            long now = System.nanoTime();
            tokens = Math.min(policy.quota(), tokens + (now - updated) / 1e9 * policy.perSecond());
            updated = now;
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long reset = (long) Math.ceil((policy.quota() - tokens) / policy.perSecond());
            long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / policy.perSecond()));
            return new Decision(policy, allowed, (long) Math.floor(tokens), reset, retryAfter);
        }
    }
}
