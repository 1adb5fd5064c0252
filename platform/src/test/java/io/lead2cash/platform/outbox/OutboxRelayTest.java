package io.lead2cash.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.Kafka;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.Topics;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.platform.Samples;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    javax.sql.DataSource database;

    @Test
    void aCommittedEventReachesKafkaAsABinaryModeCloudEventKeyedByItsAggregate() {
        LeadCreated event = Samples.leadCreated(UUID.randomUUID(), "published");
        QuarkusTransaction.requiringNew().run(() -> outbox.append(event));

        ConsumerRecord<String, String> record = awaitOne(event);
        assertThat(record.key()).isEqualTo(event.lead().id().toString());
        assertThat(KafkaRecords.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaRecords.header(record, "ce_type")).isEqualTo("lead2cash.lead.created.v1");
        assertThat(KafkaRecords.header(record, "ce_source")).isEqualTo("urn:lead2cash:platform-test");
        assertThat(KafkaRecords.header(record, "ce_subject")).isEqualTo(event.lead().id().toString());
        assertThat(KafkaRecords.header(record, "ce_time")).isEqualTo(event.occurredAt().toString());
        assertThat(KafkaRecords.header(record, "content-type")).isEqualTo("application/json");
        assertThat(record.value()).contains("\"topic\":\"published\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> !waiting(event));
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() {
        LeadCreated rolledBack = Samples.leadCreated(UUID.randomUUID(), "rolled back");
        LeadCreated committed = Samples.leadCreated(UUID.randomUUID(), "committed");
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.append(rolledBack);
                throw new IllegalStateException("the state change failed");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        QuarkusTransaction.requiringNew().run(() -> outbox.append(committed));

        awaitOne(committed);
        assertThat(KafkaRecords.await(bootstrap(), Topics.LEADS, isEvent(rolledBack), 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void anAggregatesEventsArePublishedInTheOrderTheyWereCommitted() {
        UUID lead = UUID.randomUUID();
        List<LeadCreated> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            LeadCreated event = Samples.leadCreated(lead, "step " + i);
            events.add(event);
            QuarkusTransaction.requiringNew().run(() -> outbox.append(event));
        }

        var records = KafkaRecords.await(bootstrap(), Topics.LEADS, r -> lead.toString().equals(r.key()), 6,
                Duration.ofSeconds(30));
        assertThat(records).extracting(r -> KafkaRecords.header(r, "ce_id"))
                .containsExactlyElementsOf(events.stream().map(e -> e.eventId().toString()).toList());
    }

    @Test
    void whileAnotherReplicasRelayHasTheTurnOursPublishesNothingThenCatchesUp() throws Exception {
        LeadCreated event = Samples.leadCreated(UUID.randomUUID(), "after the other replica's turn");
        try (java.sql.Connection otherReplica = database.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (var turn = otherReplica.createStatement()) {
                turn.execute("SELECT pg_advisory_xact_lock(7271201195)");
            }
            QuarkusTransaction.requiringNew().run(() -> outbox.append(event));
            assertThat(relay.relayOnce()).isZero();
            assertThat(waiting(event)).isTrue();
            otherReplica.rollback();
        }
        awaitOne(event);
    }

    @Test
    void eventsCommittedWhileKafkaIsDownArePublishedByTheSweeperWhenItIsBack() {
        Kafka kafka = DevStackTestResource.stack().kafka();
        assumeTrue(kafka != null, "needs the embedded broker (KAFKA_BOOTSTRAP_SERVERS names an external one)");
        LeadCreated event = Samples.leadCreated(UUID.randomUUID(), "during the outage");
        kafka.stop();
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.append(event));
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> waiting(event));
        } finally {
            kafka.start();
        }

        awaitOne(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> !waiting(event));
    }

    private static ConsumerRecord<String, String> awaitOne(LeadCreated event) {
        var records = KafkaRecords.await(bootstrap(), Topics.LEADS, isEvent(event), 1, Duration.ofSeconds(30));
        assertThat(records).as("event %s on %s", event.eventId(), Topics.LEADS).hasSize(1);
        return records.get(0);
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> isEvent(LeadCreated event) {
        return r -> event.eventId().toString().equals(KafkaRecords.header(r, "ce_id"));
    }

    private static boolean waiting(LeadCreated event) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(event.eventId()) != null);
    }

    private static String bootstrap() {
        return DevStackTestResource.stack().bootstrapServers();
    }
}
