package io.lead2cash.gateway;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The services behind the gateway and the paths each one serves. */
@ConfigMapping(prefix = "lead2cash.gateway")
public interface GatewayConfig {

    /** Service name (leads, catalog, opportunity, billing) to its route. */
    Map<String, Service> services();

    Duration readinessTimeout();

    /** One service: its base URL and the path prefixes routed to it. */
    interface Service {
        URI url();

        List<String> paths();
    }
}
