package io.lead2cash.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The services behind the gateway, the paths each one serves, and the edge's limits. */
@ConfigMapping(prefix = "lead2cash.gateway")
public interface GatewayConfig {

    /** Service name (leads, catalog, opportunity, billing) to its route. */
    Map<String, Service> services();

    Duration readinessTimeout();

    /**
     * How long a caller may take to send its body before it gets 408: the gateway reads every body whole before it
     * calls a service, so a trickling upload holds nothing of the service's.
     */
    @WithDefault("PT60S")
    Duration bodyReadTimeout();

    /** How long a call may take before the caller gets 504 (a service's own timeout overrides it). */
    @WithDefault("PT15S")
    Duration routeTimeout();

    /** The largest request body accepted, in bytes (413 beyond). */
    @WithDefault("1048576")
    long maxBodySize();

    /** How long a verified token is remembered at most (read by {@code Callers}); a withdrawn key stops working within it. */
    @WithDefault("PT1M")
    Duration verifiedTokenMemory();

    /** The largest file attached to a note (PUT /api/notes/{id}/attachment), in bytes (413 beyond). */
    @WithDefault("10485760")
    long maxAttachmentSize();

    /** The largest body accepted for this call, in bytes: a note's file (PUT /api/notes/{id}/attachment), or any other. */
    default long bodyLimit(String method, String normalizedPath) {
        return "PUT".equals(method) && ATTACHMENT.matcher(normalizedPath).matches() ? maxAttachmentSize() : maxBodySize();
    }

    /** The one path whose body may be a note's file. */
    java.util.regex.Pattern ATTACHMENT = java.util.regex.Pattern.compile("^/api/notes/[^/]+/attachment$");

    /**
     * The bytes of request bodies the gateway holds at once, all callers together (503 with Retry-After beyond): bodies
     * are read whole before a service is called, and this bounds the memory they take.
     */
    @WithDefault("134217728")
    long maxBufferedBytes();

    /** The bytes of request bodies one caller may have in flight at once (429 with Retry-After beyond). */
    @WithDefault("25165824")
    long maxBufferedBytesPerCaller();

    RateLimits rateLimit();

    /**
     * One service: its base URL, the paths routed to it, and optionally its own timeout. A path is a prefix
     * ({@code /api/leads} serves everything under it) or, with {@code :name} segments, one path pattern
     * ({@code /api/:collection/:id/timeline}); patterns are routed before prefixes.
     */
    interface Service {
        URI url();

        List<String> paths();

        Optional<Duration> timeout();
    }

    /**
     * Token buckets per caller: {@code default} for every signed-in caller, a role's own limit when the token has
     * that role (the highest of the caller's roles applies), {@code anonymous} per client address for calls
     * without a valid token.
     */
    interface RateLimits {

        /** Any signed-in caller without a role of its own limit. */
        @WithDefault("6000")
        int requestsPerMinute();

        @WithDefault("1000")
        int burst();

        /** Role name (as in the token's groups) to its limit, e.g. {@code integration}. */
        Map<String, Limit> roles();

        /** Calls without a valid token, per client address: enough for a sign-in page, not for guessing tokens. */
        Limit anonymous();
    }

    /** A sustained rate and the calls allowed at once above it; 0 requests per minute switches limiting off. */
    interface Limit {

        int requestsPerMinute();

        int burst();
    }
}
