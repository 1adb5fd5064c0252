package io.lead2cash.opportunity;

import io.lead2cash.events.CustomerType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.Money;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.Topics;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.LeadData;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.leads.RequestedOpportunity;
import io.lead2cash.events.Rating;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, the qualify call's trace continues in the opportunity-service: the consumer's span is a child of
 * the span that published LeadQualified, and the OpportunityCreated it publishes carries the same trace on.
 */
@QuarkusTest
@TestProfile(TracingAcrossKafkaTest.TracingOn.class)
class TracingAcrossKafkaTest {

    /** Tracing switched on, spans kept in memory instead of sent to a collector. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.traces.exporter", "cdi",
                    "quarkus.otel.bsp.schedule.delay", "PT0.1S");
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

    @Inject
    ObjectMapper json;

    @Test
    void theConsumersSpanContinuesThePublishersTraceAndPassesItOn() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String publisherSpan = "00f067aa0ba902b7";
        UUID lead = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LeadQualified event = new LeadQualified(UUID.randomUUID(), now,
                new LeadData(lead, "Traced deal", "Ana", "Silva", "Traced Ltd", null, null, null, PostalAddress.NONE, Money.of("100.00", "EUR"),
                        Rating.WARM, null, null, LeadState.QUALIFIED, LeadStatusReason.QUALIFIED, "alice", "north", account,
                        null, now, now),
                new AccountData(account, "Traced Ltd", null, null, null, null, PostalAddress.NONE, null, "alice", "north"), true,
                null, false, new RequestedOpportunity("Traced deal", CustomerType.ACCOUNT, account, null,
                        "EUR", null, LocalDate.of(2027, 1, 31), Rating.WARM, null, "alice", "north"));
        KafkaRecords.send(DevStackTestResource.stack().bootstrapServers(), Topics.LEADS, lead.toString(),
                json.writeValueAsString(event), Map.of("ce_specversion", "1.0", "ce_id", event.eventId().toString(),
                        "ce_type", "lead2cash.lead.qualified.v1", "ce_source", "urn:lead2cash:leads-service",
                        "ce_subject", lead.toString(), "ce_time", now.toString(),
                        "traceparent", "00-" + traceId + "-" + publisherSpan + "-01"));

        SpanData consumed = await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId) && s.getName().equals("lead2cash.lead.qualified.v1 process"))
                .findFirst().orElse(null), s -> s != null);
        assertThat(consumed.getParentSpanId()).isEqualTo(publisherSpan);

        String opportunity = await().atMost(Duration.ofSeconds(30)).until(() -> Auth.as("maria", null, Roles.SALES_MANAGER)
                .queryParam("originatingLeadId", lead).when().get("/api/opportunities").then().extract()
                .<String>path("items[0].id"), id -> id != null);
        var created = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> opportunity.equals(r.key()) && "lead2cash.opportunity.created.v1".equals(KafkaRecords.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(KafkaRecords.header(created.get(0), "traceparent"))
                .isEqualTo("00-" + traceId + "-" + consumed.getSpanId() + "-01");
    }
}
