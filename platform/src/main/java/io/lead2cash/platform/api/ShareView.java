package io.lead2cash.platform.api;

import io.lead2cash.events.opportunities.ShareAccess;
import io.lead2cash.events.opportunities.SharePrincipalType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a record is shared with, and how. */
@Schema(name = "Share")
public record ShareView(SharePrincipalType principalType, String principalId, ShareAccess access,
        String grantedBy, Instant grantedAt) {
}
