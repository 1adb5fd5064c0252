package io.lead2cash.events.leads;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead was qualified: it carries the lead, the account and contact it now belongs to and, when asked
 * for, the opportunity to open, so the opportunity side never has to call back.
 */
@EventContract(type = "lead2cash.lead.qualified.v1", topic = Topics.LEADS, aggregate = "lead",
        summary = "A lead was qualified; carries the account, contact and the opportunity to open.")
public record LeadQualified(
        UUID eventId,
        Instant occurredAt,
        LeadData lead,
        @JsonPropertyDescription("The customer organisation, created or linked; absent when none was asked for")
        AccountData account,
        @JsonPropertyDescription("True when qualifying created the account, false when an existing one was linked")
        boolean accountCreated,
        @JsonPropertyDescription("The person at the customer, created or linked; absent when none was asked for")
        ContactData contact,
        boolean contactCreated,
        @JsonPropertyDescription("The opportunity to open; absent when the lead was qualified without one")
        RequestedOpportunity opportunity) implements BusinessEvent {

    @Override
    public UUID aggregateId() {
        return lead.id();
    }
}
