package io.lead2cash.opportunity.domain.related;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Sales literature given to the customer of an opportunity: by whom and when. */
@Entity
@Table(name = "opportunity_sales_literature")
public class LiteratureGiven extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    public String givenBy;
    public Instant givenAt;

    /** A piece of literature is recorded once per opportunity (giving it again changes nothing). */
    @Embeddable
    public record Key(@Column(name = "opportunity_id") UUID opportunityId, @Column(name = "literature_id") UUID literatureId)
            implements Serializable {
    }
}
