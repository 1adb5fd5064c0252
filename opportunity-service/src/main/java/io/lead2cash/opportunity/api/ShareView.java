package io.lead2cash.opportunity.api;

import io.lead2cash.events.opportunities.ShareAccess;
import io.lead2cash.events.opportunities.SharePrincipalType;
import io.lead2cash.opportunity.domain.OpportunityShare;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who an opportunity is shared with, and how. */
@Schema(name = "Share")
public record ShareView(SharePrincipalType principalType, String principalId, ShareAccess access,
        String grantedBy, Instant grantedAt) {

    static ShareView of(OpportunityShare share) {
        return new ShareView(share.id.principalType(), share.id.principalId(), share.access, share.grantedBy, share.grantedAt);
    }
}
