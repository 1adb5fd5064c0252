package io.lead2cash.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.Topics;
import io.lead2cash.events.registry.EventCatalog;
import java.util.Map;

/**
 * Another service's events, published on the real broker of the stack under test as its outbox relay would: on the
 * event's topic, keyed by its aggregate, with the CloudEvents headers.
 */
public final class EventsOnTheBroker {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private EventsOnTheBroker() {
    }

    /** Publishes the event as its publisher would (the {@code ce_source} of its topic). */
    public static void publish(BusinessEvent event) {
        publish(event, Topics.publisher(EventCatalog.contractOf(event.getClass()).topic()));
    }

    /** Publishes the event as coming from {@code source} (its {@code ce_source}). */
    public static void publish(BusinessEvent event, String source) {
        var contract = EventCatalog.contractOf(event.getClass());
        try {
            KafkaRecords.send(DevStackTestResource.stack().bootstrapServers(), contract.topic(), event.aggregateId().toString(),
                    JSON.writeValueAsString(event), Map.of("ce_specversion", "1.0", "ce_id", event.eventId().toString(),
                            "ce_type", contract.type(), "ce_source", source, "ce_subject", event.aggregateId().toString(),
                            "ce_time", event.occurredAt().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
