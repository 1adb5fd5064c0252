package io.lead2cash.opportunity.api.access;

import io.lead2cash.platform.api.ShareView;
import io.lead2cash.platform.access.RecordShare;
import io.lead2cash.opportunity.domain.access.SalesTeamMember;
import java.util.List;

/** Maps who works a deal (shares, sales team) from the domain to the API's records. */
final class AccessMapper {

    private AccessMapper() {
    }

    static List<ShareView> shares(List<RecordShare> shares) {
        return ShareView.of(shares);
    }

    static List<SalesTeamMemberView> salesTeam(List<SalesTeamMember> members) {
        return members.stream().map(m -> new SalesTeamMemberView(m.id.userId(), m.role, m.addedBy, m.addedAt)).toList();
    }
}
