package io.lead2cash.events.leads;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An account's details were changed. */
@EventContract(type = "lead2cash.account.updated.v1", topic = Topics.LEADS, aggregate = "account", summary = "An account's details were changed.")
public record AccountUpdated(UUID eventId, Instant occurredAt, AccountData account) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return account.id();
    }
}
