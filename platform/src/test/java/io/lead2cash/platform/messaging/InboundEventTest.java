package io.lead2cash.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A consumed record is an event only when its CloudEvents attributes are there, each once. */
class InboundEventTest {

    private static ConsumerRecord<String, String> record(String... headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("lead2cash.opportunities", 0, 7L, "key", "{}");
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void anEventIsReadFromItsHeaders() {
        InboundEvent event = InboundEvent.of(record("ce_id", "e-1", "ce_type", "lead2cash.opportunity.shared.v1",
                "ce_source", "urn:lead2cash:opportunity-service"));
        assertThat(event.source()).isEqualTo("urn:lead2cash:opportunity-service");
    }

    @Test
    void aSourceGivenTwiceIsNobodysEvent() {
        // A reader taking the first header would see the publisher; one taking the last, the forger.
        assertThatThrownBy(() -> InboundEvent.of(record("ce_id", "e-1", "ce_type", "lead2cash.opportunity.shared.v1",
                "ce_source", "urn:lead2cash:opportunity-service", "ce_source", "urn:lead2cash:kcat")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ce_source more than once");
    }

    @Test
    void aRecordWithoutIdOrTypeIsNoEvent() {
        assertThatThrownBy(() -> InboundEvent.of(record("ce_type", "lead2cash.opportunity.shared.v1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ce_id or ce_type");
    }
}
