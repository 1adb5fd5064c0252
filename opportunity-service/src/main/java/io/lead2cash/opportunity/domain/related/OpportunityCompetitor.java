package io.lead2cash.opportunity.domain.related;

import io.lead2cash.events.opportunities.OpportunityCompetitorsChanged;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A competitor named on an opportunity: one of the companies the customer is also talking to. */
@Entity
@Table(name = "opportunity_competitor")
public class OpportunityCompetitor extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    public String addedBy;
    public Instant addedAt;

    /** A competitor is named once per opportunity. */
    @Embeddable
    public record Key(@Column(name = "opportunity_id") UUID opportunityId, @Column(name = "competitor_id") UUID competitorId)
            implements Serializable {
    }

    /** Names the competitor on the opportunity; false when it was named already. */
    static boolean name(UUID opportunityId, UUID competitorId, String by) {
        Key key = new Key(opportunityId, competitorId);
        if (findById(key) != null) {
            return false;
        }
        OpportunityCompetitor named = new OpportunityCompetitor();
        named.id = key;
        named.addedBy = by;
        named.addedAt = Instant.now();
        named.persist();
        flush();
        return true;
    }

    /** The competitors named on an opportunity, by name. */
    static List<Competitor> namedOn(UUID opportunityId) {
        return Competitor.list("id in (select c.id.competitorId from OpportunityCompetitor c where c.id.opportunityId = ?1) "
                + "order by name", opportunityId);
    }

    /** The event saying which competitors an opportunity names now. */
    static OpportunityCompetitorsChanged changed(UUID opportunityId) {
        return new OpportunityCompetitorsChanged(UUID.randomUUID(), Instant.now(), opportunityId,
                namedOn(opportunityId).stream().map(Competitor::data).toList());
    }
}
