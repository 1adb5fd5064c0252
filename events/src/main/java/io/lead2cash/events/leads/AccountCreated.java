package io.lead2cash.events.leads;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An account was created, directly or by qualifying a lead. */
@EventContract(type = "lead2cash.account.created.v1", topic = Topics.LEADS, aggregate = "account", summary = "An account was created, directly or by qualifying a lead.")
public record AccountCreated(UUID eventId, Instant occurredAt, AccountData account) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return account.id();
    }
}
