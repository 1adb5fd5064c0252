package io.lead2cash.platform.messaging;

import io.lead2cash.events.leads.LeadCreated;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer as a service would write one; a lead topic "poison" makes its handler fail every time, a topic "outage N"
 * makes it meet an unreachable database N times before it works.
 */
@ApplicationScoped
public class InboxConsumer {

    /** How often each "outage" event has met the database down so far. */
    static final java.util.Map<java.util.UUID, Integer> OUTAGES = new java.util.concurrent.ConcurrentHashMap<>();

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
            if (event.lead().topic().startsWith("outage ")
                    && OUTAGES.merge(event.eventId(), 1, Integer::sum) <= Integer.parseInt(event.lead().topic().substring(7))) {
                throw new IllegalStateException("the handler's statement failed",
                        new java.sql.SQLException("Connection to localhost:5432 refused", "08001"));
            }
            entityManager.createNativeQuery("INSERT INTO inbox_effect (event_id, lead_id) VALUES (:event, :lead)")
                    .setParameter("event", event.eventId().toString())
                    .setParameter("lead", event.lead().id())
                    .executeUpdate();
        }));
    }
}
