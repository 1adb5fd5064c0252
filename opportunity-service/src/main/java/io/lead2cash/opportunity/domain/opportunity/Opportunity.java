package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.Rating;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.OpportunityCreated;
import io.lead2cash.events.opportunities.OpportunityData;
import io.lead2cash.events.opportunities.OpportunityLinesChanged;
import io.lead2cash.events.opportunities.OpportunityLost;
import io.lead2cash.events.opportunities.OpportunityReopened;
import io.lead2cash.events.opportunities.OpportunityStageChanged;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.events.opportunities.OpportunityUpdated;
import io.lead2cash.events.opportunities.OpportunityWon;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.opportunity.domain.line.LineHolder;
import io.lead2cash.opportunity.domain.line.PricedLine;
import io.lead2cash.platform.domain.CustomerRecord;
import io.lead2cash.platform.domain.Ownership;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A potential sale. Its life, as in Dynamics 365:
 * <pre>
 * action   from                   to
 * update   OPEN                   OPEN (details, forecast category)
 * stage    OPEN                   OPEN (enters a sales stage; its business process flow decides what moving on needs)
 * hold     OPEN/IN_PROGRESS    -> OPEN/ON_HOLD
 * resume   OPEN/ON_HOLD        -> OPEN/IN_PROGRESS
 * win      OPEN                -> WON/WON      (actual revenue defaults to the estimated revenue)
 * lose     OPEN                -> LOST/CANCELED or LOST/OUT_SOLD
 * reopen   WON, LOST           -> OPEN/IN_PROGRESS (actuals cleared, forecast back to Pipeline)
 * </pre>
 */
@Entity
@Table(name = "opportunity")
public class Opportunity extends CustomerRecord implements LineHolder {

    public String topic;
    public UUID originatingLeadId;
    public UUID priceListId;
    public BigDecimal estimatedRevenue;

    /** When true, the estimated revenue is the sum of the priced product lines, not what the user typed. */
    public boolean revenueSystemCalculated;
    public LocalDate estimatedCloseDate;
    public Integer probability;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    @Embedded
    public StagePosition stage;

    @Enumerated(EnumType.STRING)
    public ForecastCategory forecastCategory;

    @Enumerated(EnumType.STRING)
    public OpportunityState state;

    @Enumerated(EnumType.STRING)
    public OpportunityStatusReason statusReason;

    public String description;
    public String customerNeed;
    public String proposedSolution;
    @Embedded
    private Closing closing;
    @Embedded
    public BillingProgress billing = new BillingProgress();

    /** Opens a deal owned by its creator, or by the lead's owner when it comes from a qualified lead. */
    public static Opportunity open(OpportunityDetails details, Ownership owner, UUID originatingLeadId) {
        Opportunity o = new Opportunity();
        o.initialise(owner);
        o.originatingLeadId = originatingLeadId;
        o.state = OpportunityState.OPEN;
        o.statusReason = OpportunityStatusReason.IN_PROGRESS;
        o.stage = StagePosition.at(details.salesStage() == null ? SalesStage.QUALIFY : details.salesStage(), o.createdAt);
        o.apply(details);
        if (o.revenueSystemCalculated) {
            o.revenueFromLines(List.of()); // the sum of no lines: 0, until lines are added
        }
        return o;
    }

    /** The first entry of its stage history: opened in its stage by this user. */
    public StageChange openedIn(String by) {
        return StageChange.of(id, null, stage.salesStage, by, createdAt, null);
    }

    /** Enters another sales stage; the flow's requirements are checked by the caller, who knows the flow. */
    public StageChange enterStage(SalesStage to, String by) {
        requireOpen("change the sales stage of");
        StageChange change = stage.moveTo(id, to, by, now());
        touch();
        return change;
    }

    public OpportunityStageChanged stageChanged(StageChange change) {
        return new OpportunityStageChanged(UUID.randomUUID(), change.changedAt, id, change.fromStage, change.toStage,
                change.changedBy, change.secondsInStage, data());
    }

    public OpportunityCreated created() {
        return new OpportunityCreated(UUID.randomUUID(), modifiedAt, data());
    }

    /**
     * Replaces the details. Switched to a system-calculated revenue, the estimated revenue becomes the sum of
     * {@code lines} at once (the figure typed before is not kept), as Dynamics 365 recalculates on the switch.
     */
    public OpportunityUpdated update(OpportunityDetails details, List<OpportunityLine> lines) {
        requireOpen("update");
        boolean switched = details.revenueSystemCalculated() && !revenueSystemCalculated;
        apply(details);
        if (switched) {
            revenueFromLines(lines);
        }
        return updated();
    }

    /** Gives the opportunity to another owner and team (a closed one too: ownership is not a change of the deal). */
    public OpportunityUpdated assign(String newOwner, String newTeam) {
        assignTo(newOwner, newTeam);
        return updated();
    }

    public OpportunityUpdated hold() {
        requireOpen("put on hold");
        statusReason = OpportunityStatusReason.ON_HOLD;
        return updated();
    }

    public OpportunityUpdated resume() {
        requireOpen("resume");
        statusReason = OpportunityStatusReason.IN_PROGRESS;
        return updated();
    }

    /** Wins the deal; the actual revenue defaults to the estimated revenue and the close date to today. */
    public OpportunityWon win(BigDecimal actual, LocalDate closeDate, String closingDescription) {
        requireOpen("win");
        state = OpportunityState.WON;
        statusReason = OpportunityStatusReason.WON;
        forecastCategory = ForecastCategory.WON;
        closing = Closing.won(actual != null ? actual : estimatedRevenue, closeDate, closingDescription);
        touch();
        return new OpportunityWon(UUID.randomUUID(), modifiedAt, data());
    }

    /** Loses the deal to a recorded competitor (its id and name kept), or to one named only by text. */
    public OpportunityLost lose(OpportunityStatusReason reason, UUID competitorId, String competitor, LocalDate closeDate,
            String closingDescription) {
        requireOpen("lose");
        closing = Closing.lost(reason, competitorId, competitor, closeDate, closingDescription);
        state = OpportunityState.LOST;
        statusReason = reason;
        forecastCategory = ForecastCategory.LOST;
        touch();
        return new OpportunityLost(UUID.randomUUID(), modifiedAt, data());
    }

    public OpportunityReopened reopen() {
        if (state == OpportunityState.OPEN) {
            throw ProblemException.illegalTransition("opportunity", state, "reopen");
        }
        state = OpportunityState.OPEN;
        statusReason = OpportunityStatusReason.IN_PROGRESS;
        forecastCategory = ForecastCategory.PIPELINE;
        closing = null;
        touch();
        return new OpportunityReopened(UUID.randomUUID(), modifiedAt, data());
    }

    /** Its lines changed: a system-calculated estimated revenue becomes the sum of the priced lines. */
    public OpportunityLinesChanged linesChanged(List<OpportunityLine> lines) {
        requireOpen("change the lines of");
        if (revenueSystemCalculated) {
            revenueFromLines(lines);
        }
        touch();
        return new OpportunityLinesChanged(UUID.randomUUID(), modifiedAt, data(),
                lines.stream().map(l -> l.opportunityLineData(currency)).toList());
    }

    /** The estimated revenue is the sum of the priced lines' extended amounts (unpriced lines count for nothing yet). */
    private void revenueFromLines(List<OpportunityLine> lines) {
        estimatedRevenue = lines.stream().filter(PricedLine::priced).map(l -> l.extendedAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How it closed (actual revenue and date, why, to whom): empty while it is open. */
    public Closing closing() {
        return closing == null ? new Closing() : closing;
    }

    @Override
    public UUID priceListId() {
        return priceListId;
    }

    public OpportunityData data() {
        Closing c = closing();
        return new OpportunityData(id, topic, customer(), originatingLeadId, ownerId, owningTeam, priceListId, currency,
                money(estimatedRevenue), estimatedCloseDate, probability, rating, stage.salesStage, forecastCategory, state,
                statusReason, money(c.actualRevenue), c.actualCloseDate, c.winningCompetitor, c.winningCompetitorId,
                createdAt, modifiedAt);
    }

    private OpportunityUpdated updated() {
        touch();
        return new OpportunityUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    private void apply(OpportunityDetails d) {
        topic = d.topic();
        sellTo(d.customerType(), d.customerId(), d.customerName(), d.currency());
        priceListId = d.priceListId();
        revenueSystemCalculated = d.revenueSystemCalculated();
        if (!revenueSystemCalculated) {
            estimatedRevenue = d.estimatedRevenue();
        }
        estimatedCloseDate = d.estimatedCloseDate();
        probability = d.probability();
        rating = d.rating();
        forecastCategory = d.openForecast();
        description = d.description();
        customerNeed = d.customerNeed();
        proposedSolution = d.proposedSolution();
    }

    public void requireOpen(String action) {
        if (state != OpportunityState.OPEN) {
            throw ProblemException.illegalTransition("opportunity", state, action);
        }
    }
}
