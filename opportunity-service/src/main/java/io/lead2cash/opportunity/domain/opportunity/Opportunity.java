package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
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
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    @Enumerated(EnumType.STRING)
    public SalesStage salesStage;

    /** When it entered its current sales stage: the pipeline's days in stage. */
    public Instant stageEnteredAt;

    @Enumerated(EnumType.STRING)
    public ForecastCategory forecastCategory;

    @Enumerated(EnumType.STRING)
    public OpportunityState state;

    @Enumerated(EnumType.STRING)
    public OpportunityStatusReason statusReason;

    public String description;
    public String customerNeed;
    public String proposedSolution;
    public BigDecimal actualRevenue;
    public LocalDate actualCloseDate;
    public String closeDescription;
    public String winningCompetitor;
    public UUID winningCompetitorId;
    public BigDecimal invoicedAmount = BigDecimal.ZERO;
    public BigDecimal paidAmount = BigDecimal.ZERO;

    /** What a user sets on an open opportunity; Won and Lost forecast categories come only from closing it. */
    public record Details(String topic, CustomerType customerType, UUID customerId, String customerName, UUID priceListId,
            String currency, BigDecimal estimatedRevenue, boolean revenueSystemCalculated, LocalDate estimatedCloseDate,
            Integer probability, Rating rating, SalesStage salesStage, ForecastCategory forecastCategory, String description,
            String customerNeed, String proposedSolution) {

        /** The same details, naming the customer as the suite knows it. */
        public Details withCustomerName(String name) {
            return new Details(topic, customerType, customerId, name, priceListId, currency, estimatedRevenue,
                    revenueSystemCalculated, estimatedCloseDate, probability, rating, salesStage, forecastCategory,
                    description, customerNeed, proposedSolution);
        }
    }

    /** Who owns a new opportunity: the creator, or the lead's owner when it comes from a qualified lead. */
    public record Owner(String ownerId, String owningTeam) {
    }

    public static Opportunity open(Details details, Owner owner, UUID originatingLeadId) {
        Opportunity o = new Opportunity();
        o.initialise();
        o.ownerId = owner.ownerId();
        o.owningTeam = owner.owningTeam();
        o.originatingLeadId = originatingLeadId;
        o.state = OpportunityState.OPEN;
        o.statusReason = OpportunityStatusReason.IN_PROGRESS;
        o.salesStage = details.salesStage() == null ? SalesStage.QUALIFY : details.salesStage();
        o.stageEnteredAt = o.createdAt;
        o.apply(details);
        if (o.revenueSystemCalculated) {
            o.revenueFromLines(List.of()); // the sum of no lines: 0, until lines are added
        }
        return o;
    }

    /** The first entry of its stage history: opened in its stage by this user. */
    public StageChange openedIn(String by) {
        return StageChange.of(id, null, salesStage, by, createdAt, null);
    }

    /**
     * Enters another sales stage (forward or back); the flow's requirements are checked by the caller, who knows the
     * flow. The history entry it returns says who moved it and how long the stage it left took.
     */
    public StageChange enterStage(SalesStage to, String by) {
        requireOpen("change the sales stage of");
        if (to == salesStage) {
            throw ProblemException.invalid("stage", "is the opportunity's current stage already");
        }
        Instant now = now();
        StageChange change = StageChange.of(id, salesStage, to, by, now,
                Duration.between(stageEnteredAt, now).getSeconds());
        salesStage = to;
        stageEnteredAt = now;
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
    public OpportunityUpdated update(Details details, List<OpportunityLine> lines) {
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
        ownerId = newOwner;
        owningTeam = newTeam;
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
        actualRevenue = actual != null ? actual : estimatedRevenue;
        actualCloseDate = closeDate != null ? closeDate : LocalDate.now(ZoneOffset.UTC);
        closeDescription = closingDescription;
        touch();
        return new OpportunityWon(UUID.randomUUID(), modifiedAt, data());
    }

    /** Loses the deal to a recorded competitor (its id and name kept), or to one named only by text. */
    public OpportunityLost lose(OpportunityStatusReason reason, UUID competitorId, String competitor, LocalDate closeDate,
            String closingDescription) {
        requireOpen("lose");
        if (reason == null || reason.state() != OpportunityState.LOST) {
            throw ProblemException.invalid("reason", "must be CANCELED or OUT_SOLD");
        }
        state = OpportunityState.LOST;
        statusReason = reason;
        forecastCategory = ForecastCategory.LOST;
        winningCompetitor = competitor;
        winningCompetitorId = competitorId;
        actualRevenue = BigDecimal.ZERO;
        actualCloseDate = closeDate != null ? closeDate : LocalDate.now(ZoneOffset.UTC);
        closeDescription = closingDescription;
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
        actualRevenue = null;
        actualCloseDate = null;
        closeDescription = null;
        winningCompetitor = null;
        winningCompetitorId = null;
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

    /** Billing invoiced (or, negative, canceled an invoice of) this much of the deal. */
    public void invoiced(Money amount) {
        invoicedAmount = invoicedAmount.add(inOwnCurrency(amount));
    }

    /** The customer paid this much against the deal's invoices. */
    public void paid(Money amount) {
        paidAmount = paidAmount.add(inOwnCurrency(amount));
    }

    private BigDecimal inOwnCurrency(Money amount) {
        if (!currency.equals(amount.currency())) {
            throw new IllegalArgumentException("Billing reported " + amount.currency() + " on opportunity " + id + " in "
                    + currency);
        }
        return amount.amount();
    }

    /** Its system-calculated estimated revenue changed with its lines. */
    public OpportunityUpdated revenueRecalculated() {
        return new OpportunityUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    @Override
    public UUID priceListId() {
        return priceListId;
    }

    public OpportunityData data() {
        return new OpportunityData(id, topic, customer(), originatingLeadId,
                ownerId, owningTeam, priceListId, currency, money(estimatedRevenue), estimatedCloseDate, probability, rating, salesStage,
                forecastCategory, state, statusReason, money(actualRevenue), actualCloseDate, winningCompetitor, winningCompetitorId,
                createdAt, modifiedAt);
    }

    private OpportunityUpdated updated() {
        touch();
        return new OpportunityUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    private void apply(Details d) {
        if (d.forecastCategory() == ForecastCategory.WON || d.forecastCategory() == ForecastCategory.LOST) {
            throw ProblemException.invalid("forecastCategory", "must be PIPELINE, BEST_CASE, COMMITTED or OMITTED; "
                    + "win or lose the opportunity to close it");
        }
        topic = d.topic();
        customerType = d.customerType();
        customerId = d.customerId();
        customerName = d.customerName();
        priceListId = d.priceListId();
        currency = d.currency();
        revenueSystemCalculated = d.revenueSystemCalculated();
        if (!revenueSystemCalculated) {
            estimatedRevenue = d.estimatedRevenue();
        }
        estimatedCloseDate = d.estimatedCloseDate();
        probability = d.probability();
        rating = d.rating();
        forecastCategory = d.forecastCategory() == null ? ForecastCategory.PIPELINE : d.forecastCategory();
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
