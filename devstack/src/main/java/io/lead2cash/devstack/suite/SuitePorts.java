package io.lead2cash.devstack.suite;

import io.lead2cash.devstack.Ports;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where the suite listens: fixed, documented ports for ./lead2cash; free ones for black-box tests. */
public record SuitePorts(Map<String, Integer> services, int postgres, int kafka) {

    /** The services in start order, the gateway last. */
    public static final String[] SERVICES = {"leads-service", "catalog-service", "opportunity-service", "billing-service",
        "gateway"};

    /** Gateway 8080, services 8081..8084, PostgreSQL 15432, Kafka 9092. */
    public static SuitePorts defaults() {
        Map<String, Integer> services = new LinkedHashMap<>();
        for (int i = 0; i < SERVICES.length; i++) {
            services.put(SERVICES[i], SERVICES[i].equals("gateway") ? 8080 : 8081 + i);
        }
        return new SuitePorts(services, 15432, 9092);
    }

    /** Ports free right now, so tests never meet a running suite. */
    public static SuitePorts free() {
        Map<String, Integer> services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            services.put(service, Ports.free());
        }
        return new SuitePorts(services, Ports.free(), 0);
    }

    public int of(String service) {
        return services.get(service);
    }
}
