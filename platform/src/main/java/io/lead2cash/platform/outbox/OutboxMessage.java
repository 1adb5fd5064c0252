package io.lead2cash.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox table until the relay has it acknowledged by Kafka. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Assigned by the database; the relay publishes in this order. */
    @Column(insertable = false, updatable = false)
    public Long position;

    public String topic;
    public String aggregateId;
    public String eventType;
    public Instant occurredAt;
    public String payload;
    public String traceparent;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;
}
