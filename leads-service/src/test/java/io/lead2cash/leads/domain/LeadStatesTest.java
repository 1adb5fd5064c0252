package io.lead2cash.leads.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The lead's state machine, without a service: Open → Qualified | Disqualified, Disqualified → Open. */
class LeadStatesTest {

    /** A valid open lead owned by alice of the north team. */
    static Lead openLead() {
        return Lead.create(new Lead.Details("Coffee for 40 desks", "Ada", "Byron", "Byron Roasters", "ada@example.com",
                null, null, null, null, null, "Web", null, null, null, null), user("alice", "north"));
    }

    static CurrentUser user(String id, String team) {
        return new CurrentUser() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String team() {
                return team;
            }
        };
    }

    private static final Map<String, Consumer<Lead>> ACTIONS = Map.of(
            "update", lead -> lead.update(new Lead.Details("Coffee for 50 desks", "Ada", "Byron", "Byron Roasters",
                    null, null, null, null, null, null, null, null, LeadStatusReason.CONTACTED, null, null)),
            "qualify", lead -> lead.qualify(null, false, null, false, null),
            "disqualify", lead -> lead.disqualify(LeadStatusReason.NO_LONGER_INTERESTED),
            "reactivate", Lead::reactivate);

    /** Which actions each state allows; every other one is refused with 409 and changes nothing. */
    private static final Map<LeadState, Set<String>> ALLOWED = Map.of(
            LeadState.OPEN, Set.of("update", "qualify", "disqualify"),
            LeadState.QUALIFIED, Set.of(),
            LeadState.DISQUALIFIED, Set.of("reactivate"));

    private static Lead in(LeadState state) {
        Lead lead = openLead();
        switch (state) {
            case QUALIFIED -> lead.qualify(null, false, null, false, null);
            case DISQUALIFIED -> lead.disqualify(LeadStatusReason.LOST);
            default -> { }
        }
        return lead;
    }

    @Test
    void aNewLeadIsOpenAndNew() {
        Lead lead = openLead();

        assertThat(lead.state).isEqualTo(LeadState.OPEN);
        assertThat(lead.statusReason).isEqualTo(LeadStatusReason.NEW);
        assertThat(lead.ownerId).isEqualTo("alice");
        assertThat(lead.owningTeam).isEqualTo("north");
    }

    @Test
    void everyStateAllowsOnlyItsTransitionsAndRefusesTheOthersWithoutChange() {
        for (LeadState state : LeadState.values()) {
            for (Map.Entry<String, Consumer<Lead>> action : ACTIONS.entrySet()) {
                Lead lead = in(state);
                LeadStatusReason before = lead.statusReason;
                if (ALLOWED.get(state).contains(action.getKey())) {
                    action.getValue().accept(lead);
                    assertThat(lead.statusReason.state()).as(state + " " + action.getKey()).isEqualTo(lead.state);
                } else {
                    assertThatThrownBy(() -> action.getValue().accept(lead)).as(state + " " + action.getKey())
                            .isInstanceOfSatisfying(ProblemException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
                    assertThat(lead.state).as(state + " " + action.getKey() + " changes nothing").isEqualTo(state);
                    assertThat(lead.statusReason).isEqualTo(before);
                }
            }
        }
    }

    @Test
    void qualifyingClosesTheLeadAsQualifiedAndStampsWhen() {
        Lead lead = openLead();

        var qualified = lead.qualify(null, false, null, false, null);

        assertThat(lead.state).isEqualTo(LeadState.QUALIFIED);
        assertThat(lead.statusReason).isEqualTo(LeadStatusReason.QUALIFIED);
        assertThat(lead.qualifiedAt).isEqualTo(lead.modifiedAt);
        assertThat(qualified.lead().state()).isEqualTo(LeadState.QUALIFIED);
    }

    @Test
    void disqualifyingTakesOnlyADisqualifiedReason() {
        for (LeadStatusReason reason : LeadStatusReason.values()) {
            Lead lead = openLead();
            if (reason.state() == LeadState.DISQUALIFIED) {
                lead.disqualify(reason);
                assertThat(lead.statusReason).isEqualTo(reason);
            } else {
                assertThatThrownBy(() -> lead.disqualify(reason)).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("reason"));
                assertThat(lead.state).isEqualTo(LeadState.OPEN);
            }
        }
    }

    @Test
    void aChangeMaySetOnlyAnOpenStatusReason() {
        for (LeadStatusReason reason : EnumSet.complementOf(EnumSet.of(LeadStatusReason.NEW, LeadStatusReason.CONTACTED))) {
            Lead lead = openLead();
            assertThatThrownBy(() -> lead.update(new Lead.Details("Coffee", null, "Byron", null, null, null, null, null,
                    null, null, null, null, reason, null, null))).isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("statusReason"));
            assertThat(lead.statusReason).isEqualTo(LeadStatusReason.NEW);
            assertThat(lead.topic).isEqualTo("Coffee for 40 desks");
        }
    }

    @Test
    void aReactivatedLeadIsNewAgain() {
        Lead lead = in(LeadState.DISQUALIFIED);

        lead.reactivate();

        assertThat(lead.state).isEqualTo(LeadState.OPEN);
        assertThat(lead.statusReason).isEqualTo(LeadStatusReason.NEW);
    }
}
