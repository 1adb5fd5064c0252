package io.lead2cash.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventCatalog;
import io.lead2cash.events.EventContract;
import io.lead2cash.platform.trace.TraceContext;
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

    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final TraceContext trace;

    Outbox(ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay, TraceContext trace) {
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.trace = trace;
    }

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
