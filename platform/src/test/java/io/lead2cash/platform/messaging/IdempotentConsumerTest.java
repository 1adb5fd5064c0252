package io.lead2cash.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.platform.Samples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentConsumerTest {

    private static final String INBOX = "platform-test.inbox";
    private static final String DEAD_LETTER = "platform-test.dead-letter";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() throws Exception {
        LeadCreated event = Samples.leadCreated(UUID.randomUUID(), "twice");
        LeadCreated marker = Samples.leadCreated(UUID.randomUUID(), "after");
        send(event);
        send(event);
        send(marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);
        assertThat(effects(event)).isEqualTo(1);
        assertThat(processedCount(event)).isEqualTo(1);
    }

    @Test
    void eventsArrivingTogetherAreEachAppliedOnceAndAPoisonedOneAmongThemIsParkedAlone() throws Exception {
        List<LeadCreated> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(Samples.leadCreated(UUID.randomUUID(), i == 17 ? "poison" : "batch " + i));
        }
        for (LeadCreated event : events) {
            send(event);
        }
        send(events.get(3));

        LeadCreated last = events.get(events.size() - 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(last) == 1);
        for (LeadCreated event : events) {
            assertThat(effects(event)).as(event.lead().topic()).isEqualTo(event == events.get(17) ? 0 : 1);
        }
        var parked = KafkaRecords.await(bootstrap(), DEAD_LETTER,
                r -> events.get(17).eventId().toString().equals(KafkaRecords.header(r, "ce_id")), 1, Duration.ofSeconds(30));
        assertThat(parked).hasSize(1);
        assertThat(KafkaRecords.header(parked.get(0), "dead-letter-topic")).isEqualTo(INBOX);
    }

    @Test
    void anEventThatMeetsTheDatabaseDownWaitsForItInsteadOfSpendingItsAttemptsAndBeingParked() throws Exception {
        // Six outages: more than the four attempts a failing event gets before it is parked.
        LeadCreated event = Samples.leadCreated(UUID.randomUUID(), "outage 6");
        LeadCreated next = Samples.leadCreated(UUID.randomUUID(), "after the outage");
        send(event);
        send(next);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
        assertThat(effects(event)).isEqualTo(1);
        assertThat(InboxConsumer.OUTAGES.get(event.eventId())).isEqualTo(7);
        assertThat(KafkaRecords.await(bootstrap(), DEAD_LETTER,
                r -> event.eventId().toString().equals(KafkaRecords.header(r, "ce_id")), 1, Duration.ofSeconds(2)))
                .as("nothing parked").isEmpty();
    }

    @Test
    void anEventOfATypeTheConsumerDoesNotHandleIsSkippedWithoutATrace() throws Exception {
        LeadCreated other = Samples.leadCreated(UUID.randomUUID(), "not for this consumer");
        LeadCreated marker = Samples.leadCreated(UUID.randomUUID(), "after the other");
        send(other, "lead2cash.lead.qualified.v1");
        send(marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);
        assertThat(effects(other)).isZero();
        assertThat(processedCount(other)).as("nothing recorded for a skipped event").isZero();
    }

    @Test
    void aMessageThatKeepsFailingIsParkedOnTheDeadLetterTopicAndTheNextOneIsApplied() throws Exception {
        LeadCreated poison = Samples.leadCreated(UUID.randomUUID(), "poison");
        LeadCreated next = Samples.leadCreated(UUID.randomUUID(), "next");
        send(poison);
        send(next);

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
        assertThat(effects(poison)).isZero();
        assertThat(processedCount(poison)).as("a failed event is not recorded as processed").isZero();
        var parked = KafkaRecords.await(bootstrap(), DEAD_LETTER,
                r -> poison.eventId().toString().equals(KafkaRecords.header(r, "ce_id")), 1, Duration.ofSeconds(30));
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).value()).contains("poison");
        assertThat(KafkaRecords.header(parked.get(0), "dead-letter-reason")).contains("poisoned");
    }

    @Test
    void aRecordThatIsNotACloudEventIsParkedRatherThanDropped() {
        String key = UUID.randomUUID().toString();
        KafkaRecords.send(bootstrap(), INBOX, key, "{\"not\":\"a cloud event\"}", Map.of());

        var parked = KafkaRecords.await(bootstrap(), DEAD_LETTER, r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(parked).hasSize(1);
    }

    private void send(LeadCreated event) throws Exception {
        send(event, "lead2cash.lead.created.v1");
    }

    private void send(LeadCreated event, String type) throws Exception {
        KafkaRecords.send(bootstrap(), INBOX, event.lead().id().toString(), json.writeValueAsString(event), Map.of(
                "ce_specversion", "1.0", "ce_id", event.eventId().toString(), "ce_type", type,
                "ce_source", "urn:lead2cash:test", "ce_subject", event.lead().id().toString(),
                "ce_time", event.occurredAt().toString()));
    }

    private long effects(LeadCreated event) {
        return count("SELECT count(*) FROM inbox_effect WHERE event_id = :id", event);
    }

    private long processedCount(LeadCreated event) {
        return count("SELECT count(*) FROM processed_event WHERE event_id = :id", event);
    }

    private long count(String sql, LeadCreated event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", event.eventId().toString()).getSingleResult()).longValue());
    }

    private static String bootstrap() {
        return DevStackTestResource.stack().bootstrapServers();
    }
}
