package io.lead2cash.events;

import java.time.Instant;
import java.util.UUID;

/** A business fact one service publishes for the others: past tense, with its own id and time. */
public interface BusinessEvent {

    /** Unique per event; consumers deduplicate on it (it travels as the CloudEvents {@code ce_id}). */
    UUID eventId();

    /** When the fact happened in the publishing service (the CloudEvents {@code ce_time}). */
    Instant occurredAt();

    /** The record the event is about: the Kafka key and the CloudEvents {@code ce_subject}. */
    UUID aggregateId();
}
