package io.lead2cash.opportunity.domain.opportunity;

import static io.lead2cash.opportunity.domain.ValidRecords.dealDetails;
import static io.lead2cash.opportunity.domain.ValidRecords.openDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The opportunity's state machine, without a service: Open (In Progress ⇄ On Hold) → Won | Lost, either reopened;
 * what a close sets and a reopen clears.
 */
class OpportunityStatesTest {

    private static final Map<String, Consumer<Opportunity>> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("update", o -> o.update(dealDetails("Coffee for 50 desks"), List.of()));
        ACTIONS.put("hold", Opportunity::hold);
        ACTIONS.put("resume", Opportunity::resume);
        ACTIONS.put("win", o -> o.win(null, null, "Signed"));
        ACTIONS.put("lose", o -> o.lose(OpportunityStatusReason.OUT_SOLD, null, "Other Roasters", null, null));
        ACTIONS.put("reopen", Opportunity::reopen);
        ACTIONS.put("enter stage", o -> o.enterStage(SalesStage.PROPOSE, "alice"));
        ACTIONS.put("change lines", o -> o.linesChanged(List.of()));
    }

    private static final Map<OpportunityState, Set<String>> ALLOWED = Map.of(
            OpportunityState.OPEN, Set.of("update", "hold", "resume", "win", "lose", "enter stage", "change lines"),
            OpportunityState.WON, Set.of("reopen"),
            OpportunityState.LOST, Set.of("reopen"));

    private static Opportunity in(OpportunityState state) {
        Opportunity deal = openDeal();
        switch (state) {
            case WON -> deal.win(null, null, null);
            case LOST -> deal.lose(OpportunityStatusReason.CANCELED, null, null, null, null);
            default -> { }
        }
        return deal;
    }

    @Test
    void aNewOpportunityIsOpenInProgressInTheQualifyStageAndInThePipeline() {
        Opportunity deal = openDeal();

        assertThat(deal.state).isEqualTo(OpportunityState.OPEN);
        assertThat(deal.statusReason).isEqualTo(OpportunityStatusReason.IN_PROGRESS);
        assertThat(deal.stage.salesStage).isEqualTo(SalesStage.QUALIFY);
        assertThat(deal.forecastCategory).isEqualTo(ForecastCategory.PIPELINE);
    }

    @Test
    void everyStateAllowsOnlyItsTransitionsAndRefusesTheOthersWithoutChange() {
        for (OpportunityState state : OpportunityState.values()) {
            for (Map.Entry<String, Consumer<Opportunity>> action : ACTIONS.entrySet()) {
                Opportunity deal = in(state);
                OpportunityStatusReason reason = deal.statusReason;
                String what = state + " " + action.getKey();
                if (ALLOWED.get(state).contains(action.getKey())) {
                    action.getValue().accept(deal);
                    assertThat(deal.statusReason.state()).as(what).isEqualTo(deal.state);
                } else {
                    assertThatThrownBy(() -> action.getValue().accept(deal)).as(what)
                            .isInstanceOfSatisfying(ProblemException.class,
                                    e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
                    assertThat(deal.state).as(what + " changes nothing").isEqualTo(state);
                    assertThat(deal.statusReason).as(what + " changes nothing").isEqualTo(reason);
                }
            }
        }
    }

    @Test
    void holdAndResumeMoveOnlyTheStatusReasonOfAnOpenDeal() {
        Opportunity deal = openDeal();

        deal.hold();
        assertThat(deal.statusReason).isEqualTo(OpportunityStatusReason.ON_HOLD);
        deal.resume();

        assertThat(deal.statusReason).isEqualTo(OpportunityStatusReason.IN_PROGRESS);
        assertThat(deal.state).isEqualTo(OpportunityState.OPEN);
    }

    @Test
    void winningWithoutFiguresTakesTheEstimatedRevenueAndToday() {
        Opportunity deal = openDeal();

        deal.win(null, null, "Signed");

        assertThat(deal.statusReason).isEqualTo(OpportunityStatusReason.WON);
        assertThat(deal.forecastCategory).isEqualTo(ForecastCategory.WON);
        assertThat(deal.closing().actualRevenue).isEqualByComparingTo("12000.00");
        assertThat(deal.closing().actualCloseDate).isNotNull();
    }

    @Test
    void losingTakesOnlyALostReasonAndRecordsNoRevenue() {
        for (OpportunityStatusReason reason : OpportunityStatusReason.values()) {
            Opportunity deal = openDeal();
            if (reason.state() == OpportunityState.LOST) {
                deal.lose(reason, null, "Other Roasters", null, null);
                assertThat(deal.closing().actualRevenue).isEqualByComparingTo("0");
                assertThat(deal.forecastCategory).isEqualTo(ForecastCategory.LOST);
                assertThat(deal.closing().winningCompetitor).isEqualTo("Other Roasters");
            } else {
                assertThatThrownBy(() -> deal.lose(reason, null, null, null, null))
                        .isInstanceOfSatisfying(ProblemException.class,
                                e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("reason"));
                assertThat(deal.state).isEqualTo(OpportunityState.OPEN);
            }
        }
    }

    @Test
    void aReopenedDealIsInProgressAgainWithNothingOfItsClose() {
        for (OpportunityState closed : List.of(OpportunityState.WON, OpportunityState.LOST)) {
            Opportunity deal = in(closed);

            deal.reopen();

            assertThat(deal.state).isEqualTo(OpportunityState.OPEN);
            assertThat(deal.statusReason).isEqualTo(OpportunityStatusReason.IN_PROGRESS);
            assertThat(deal.forecastCategory).isEqualTo(ForecastCategory.PIPELINE);
            assertThat(deal.closing().actualRevenue).isNull();
            assertThat(deal.closing().actualCloseDate).isNull();
            assertThat(deal.closing().winningCompetitor).isNull();
        }
    }

    @Test
    void aUserCannotSetAClosingForecastCategory() {
        for (ForecastCategory category : List.of(ForecastCategory.WON, ForecastCategory.LOST)) {
            Opportunity deal = openDeal();
            OpportunityDetails d = dealDetails("Coffee");
            OpportunityDetails closing = new OpportunityDetails(d.topic(), d.customerType(), d.customerId(),
                    d.customerName(), null, "EUR", d.estimatedRevenue(), false, null, null, null, null, category, null,
                    null, null);

            assertThatThrownBy(() -> deal.update(closing, List.of())).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("forecastCategory"));
            assertThat(deal.forecastCategory).isEqualTo(ForecastCategory.PIPELINE);
        }
    }

    @Test
    void aStageIsEnteredOnlyWhenItIsAnotherOne() {
        Opportunity deal = openDeal();

        StageChange change = deal.enterStage(SalesStage.DEVELOP, "alice");

        assertThat(change.fromStage).isEqualTo(SalesStage.QUALIFY);
        assertThat(change.toStage).isEqualTo(SalesStage.DEVELOP);
        assertThat(deal.stage.salesStage).isEqualTo(SalesStage.DEVELOP);
        assertThatThrownBy(() -> deal.enterStage(SalesStage.DEVELOP, "alice")).isInstanceOf(ProblemException.class);
    }
}
