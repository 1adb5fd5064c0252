package io.lead2cash.gateway;

import static io.lead2cash.gateway.GatewayTest.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With tracing on, each call through the gateway is a span of the caller's trace, and the service continues it. */
@QuarkusTest
@WithTestResource(StubServices.class)
@TestProfile(TracingAtTheEdgeTest.TracingOn.class)
class TracingAtTheEdgeTest {

    /** Tracing switched on, spans kept in memory. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "PT0.1S");
        }
    }

    /** The exporter the test reads the spans from. */
    static class Spans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theGatewaysSpanJoinsTheCallersTraceAndIsTheServicesParent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String forwarded = caller().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").when().get("/api/leads")
                .then().statusCode(200).extract().path("traceparent");
        assertThat(forwarded).startsWith("00-" + traceId + "-");

        SpanData server = await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER).findFirst().orElse(null),
                s -> s != null);
        assertThat(server.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        // The service's parent is a span of the gateway's (its call, or the proxy's request to the service).
        String parentOfService = forwarded.substring(36, 52);
        assertThat(spans.getFinishedSpanItems()).anyMatch(s -> s.getTraceId().equals(traceId)
                && s.getSpanId().equals(parentOfService));
    }
}
