package io.lead2cash.opportunity.domain.access;

import io.lead2cash.opportunity.domain.opportunity.Opportunity;
import io.lead2cash.opportunity.domain.opportunity.OpportunityAccess;
import io.lead2cash.platform.access.AccessPolicy;
import io.lead2cash.platform.access.AccessRoot;
import io.lead2cash.platform.access.RecordAccess;
import io.lead2cash.platform.query.Filter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who may read, change and manage a deal and what follows it here (quotes, activities, notes): the suite's access
 * model ({@link RecordAccess}) with the opportunity as the root, under the sales policy: its owner, owning team,
 * shares and sales team, managers and admins; integrations read.
 */
@ApplicationScoped
public class OpportunityRecordAccess implements OpportunityAccess {

    /** The kind deals' shares are kept under, here and in billing's mirror. */
    public static final String KIND = "opportunity";

    @Inject RecordAccess access;

    /** The deal as an access root. */
    public static AccessRoot root(Opportunity opportunity) {
        return root(opportunity.id, opportunity.ownerId, opportunity.owningTeam);
    }

    /** The deal {@code opportunityId}, owned by this owner and team (a quote carries its deal's), as an access root. */
    public static AccessRoot root(UUID opportunityId, String ownerId, String owningTeam) {
        return AccessRoot.of(KIND, opportunityId, ownerId, owningTeam, AccessPolicy.SALES);
    }

    @Override
    public void checkRead(Opportunity opportunity) {
        access.checkRead(root(opportunity));
    }

    @Override
    public void checkWrite(Opportunity opportunity) {
        access.checkWrite(root(opportunity));
    }

    /** Refuses (403) a caller who may not read what follows a deal (a quote, an activity): as its deal. */
    public void checkRead(AccessRoot root) {
        access.checkRead(root);
    }

    /** Refuses (403) a caller who may not change what follows a deal: as its deal. */
    public void checkWrite(AccessRoot root) {
        access.checkWrite(root);
    }

    public boolean canRead(AccessRoot root) {
        return access.canRead(root);
    }

    public boolean canWrite(AccessRoot root) {
        return access.canWrite(root);
    }

    /** Refuses whoever may not assign or share the deal or change its sales team: its owner, managers and admins may. */
    public void checkManage(Opportunity opportunity) {
        access.checkManage(root(opportunity));
    }

    @Override
    public Filter visible(Filter filter) {
        return visible(filter, Opportunity.class, "id");
    }

    /**
     * Restricts a list of records that carry their deal's owner and team ({@code ownerId}, {@code owningTeam}: the
     * opportunities themselves, quotes) to those the caller may read; {@code opportunityIdPath} names the deal's id.
     */
    public Filter visible(Filter filter, Class<?> entity, String opportunityIdPath) {
        return access.visible(filter, entity, AccessPolicy.SALES, KIND, opportunityIdPath);
    }
}
