package io.lead2cash.platform.outbox;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.function.Function;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.registry.EventCatalog;
import io.lead2cash.events.EventContract;
import io.lead2cash.platform.trace.TraceContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Appends business events to the outbox inside the caller's transaction, so the event exists exactly
 * when the state change does; after commit it wakes the relay so publication is immediate.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    @Inject ObjectMapper json;
    @Inject TransactionSynchronizationRegistry transactions;
    @Inject OutboxRelay relay;
    @Inject TraceContext trace;

    /** Records the event for publication; requires the transaction of the state change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(BusinessEvent event) {
        EventContract contract = EventCatalog.contractOf(event.getClass());
        OutboxMessage message = new OutboxMessage();
        message.id = event.eventId();
        message.topic = contract.topic();
        message.aggregateId = event.aggregateId().toString();
        message.eventType = contract.type();
        message.occurredAt = event.occurredAt();
        message.traceparent = trace.traceparent();
        try {
            message.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + contract.type(), e);
        }
        message.persist();
        wakeRelayAfterCommit();
    }

    /** Stores a new record and appends the event announcing it, in the transaction that creates it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PanacheEntityBase> E appendCreated(E record, Function<? super E, ? extends BusinessEvent> event) {
        record.persist();
        append(event.apply(record));
        return record;
    }

    /**
     * Appends the event of a change already made to the record, and flushes at once: the flush gives the record its
     * new version, which the answer carries as its ETag.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends PanacheEntityBase> E appendChange(E record, BusinessEvent event) {
        append(event);
        Panache.getEntityManager(record.getClass()).flush();
        return record;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
