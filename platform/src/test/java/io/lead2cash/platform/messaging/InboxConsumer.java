package io.lead2cash.platform.messaging;

import io.lead2cash.events.leads.LeadCreated;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer as a service would write one; a lead topic "poison" makes its handler fail every time. */
@ApplicationScoped
public class InboxConsumer {

    private final EventConsumption consumption;
    private final EntityManager entityManager;

    InboxConsumer(EventConsumption consumption, EntityManager entityManager) {
        this.consumption = consumption;
        this.entityManager = entityManager;
    }

    @Incoming("inbox")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        consumption.process("platform-test.inbox", records, EventHandlers.create().on(LeadCreated.class, event -> {
            if ("poison".equals(event.lead().topic())) {
                throw new IllegalStateException("cannot apply a poisoned lead");
            }
            entityManager.createNativeQuery("INSERT INTO inbox_effect (event_id, lead_id) VALUES (:event, :lead)")
                    .setParameter("event", event.eventId().toString())
                    .setParameter("lead", event.lead().id())
                    .executeUpdate();
        }));
    }
}
