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

    /** How long a call may take before the caller gets 504 (a service's own timeout overrides it). */
    @WithDefault("PT15S")
    Duration routeTimeout();

    /** The largest request body accepted, in bytes (413 beyond). */
    @WithDefault("1048576")
    long maxBodySize();

    RateLimit rateLimit();

    /** One service: its base URL, the path prefixes routed to it, and optionally its own timeout. */
    interface Service {
        URI url();

        List<String> paths();

        Optional<Duration> timeout();
    }

    /** Requests allowed per token subject (or per client address without a token), as a token bucket. */
    interface RateLimit {

        /** Sustained requests per minute; 0 switches limiting off. */
        @WithDefault("1200")
        int requestsPerMinute();

        /** Requests allowed at once above the sustained rate. */
        @WithDefault("200")
        int burst();
    }
}
