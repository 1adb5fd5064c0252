package io.lead2cash.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first response to a POST with an Idempotency-Key, kept for replay to the caller's retries. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    public Key id;

    public String requestHash;
    public Integer status;
    public String body;
    public String location;
    public String etag;
    /** The first answer's Link headers, as one comma-separated value. */
    public String links;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    /** Keys are per caller: two users may pick the same key without meeting. */
    @Embeddable
    public record Key(String subject, @Column(name = "idem_key") String key) implements Serializable {
    }
}
