package io.lead2cash.platform.api;

import io.lead2cash.events.ShareAccess;
import io.lead2cash.events.SharePrincipalType;
import io.lead2cash.platform.access.RecordShare;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a record is shared with, and how. */
@Schema(name = "Share")
public record ShareView(SharePrincipalType principalType, String principalId, ShareAccess access,
        String grantedBy, Instant grantedAt) {

    public static List<ShareView> of(List<RecordShare> shares) {
        return shares.stream().map(s -> new ShareView(s.principalType(), s.principalId(), s.access, s.grantedBy,
                s.grantedAt)).toList();
    }
}
