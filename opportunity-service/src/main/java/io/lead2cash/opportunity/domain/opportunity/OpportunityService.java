package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.platform.domain.Ownership;
import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** The life of an opportunity: find, open, change, hold, resume, win, lose and reopen it. */
@ApplicationScoped
public class OpportunityService {

    @Inject Outbox outbox;
    @Inject CurrentUser user;
    @Inject OpportunityAccess access;
    @Inject StageGate stages;
    @Inject CompetitorRegister competitors;
    @Inject OpportunityQuotes quotes;
    @Inject KnownCustomers customers;
    @Inject Event<PriceListSwitched> priceListSwitched;

    /** What an opportunity list may be filtered by; absent values do not filter. */
    public record Criteria(UUID originatingLeadId, UUID customerId, String ownerId, OpportunityState state,
            SalesStage stage, LocalDate closeFrom, LocalDate closeTo, String text) {
    }

    /** The opportunities the caller may see that match the criteria. */
    public Listing<Opportunity> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("originatingLeadId", c.originatingLeadId()).eq("customerId", c.customerId())
                .eq("ownerId", c.ownerId()).eq("state", c.state()).eq("stage.salesStage", c.stage())
                .quickFind(c.text(), "topic", "customerName");
        access.visible(filter);
        if (c.closeFrom() != null) {
            filter.and("estimatedCloseDate >= :closeFrom", Map.of("closeFrom", c.closeFrom()));
        }
        if (c.closeTo() != null) {
            filter.and("estimatedCloseDate <= :closeTo", Map.of("closeTo", c.closeTo()));
        }
        return filter.listing(Opportunity.class, sort);
    }

    /** The opportunity, if the caller may see it: 404 when unknown, 403 when neither theirs nor shared with them. */
    public Opportunity get(UUID id) {
        Opportunity opportunity = find(id);
        access.checkRead(opportunity);
        return opportunity;
    }

    /** The opportunity, if the caller may change it (theirs, their team's, or shared with them read/write). */
    public Opportunity getForChange(UUID id) {
        Opportunity opportunity = find(id);
        access.checkWrite(opportunity);
        return opportunity;
    }

    /** The opportunity whoever the caller is: for the service's own flows (events, consumers). */
    static Opportunity find(UUID id) {
        return Opportunity.<Opportunity>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("opportunity", id));
    }

    @Transactional
    public Opportunity create(OpportunityDetails details) {
        Opportunity opportunity = Opportunity.open(known(details), new Ownership(user.id(), user.team()), null);
        // Opened in a later stage, it must have what the flow asks for on the way there.
        stages.checkMove(opportunity, null, opportunity.stage.salesStage);
        opportunity.persist();
        opportunity.openedIn(user.id()).persist();
        outbox.append(opportunity.created());
        return opportunity;
    }

    @Transactional
    public Opportunity update(UUID id, ExpectedVersion expected, OpportunityDetails details) {
        Opportunity opportunity = getForChange(id);
        opportunity.checkVersion(expected);
        OpportunityDetails checked = opportunity.customerId.equals(details.customerId())
                && opportunity.customerType == details.customerType() ? details.withCustomerName(opportunity.customerName)
                : known(details);
        boolean newCurrency = !opportunity.currency.equals(details.currency());
        boolean newPriceList = !Objects.equals(opportunity.priceListId, details.priceListId());
        // Lines are counted only when they matter: most changes keep the currency and the price list.
        boolean hasLines = (newCurrency || newPriceList) && OpportunityLine.count("opportunityId", id) > 0;
        // One currency per sale: as in Dynamics 365, a record with products or quotes keeps its currency, as their
        // prices, totals and the revenue a won quote brings are in it.
        if (newCurrency && (hasLines || quotes.any(id))) {
            throw new ProblemException(ProblemType.CONFLICT, "The opportunity has product lines or quotes in "
                    + opportunity.currency + ": its currency cannot change to " + details.currency() + " (one currency "
                    + "per sale); remove the lines and quotes first, or open another opportunity");
        }
        boolean toSystemRevenue = details.revenueSystemCalculated() && !opportunity.revenueSystemCalculated;
        List<OpportunityLine> lines = toSystemRevenue ? OpportunityLine.list("opportunityId", id) : List.of();
        Opportunity changed = record(opportunity, o -> o.update(checked, lines));
        if (hasLines && newPriceList) {
            priceListSwitched.fire(new PriceListSwitched(id));
        }
        // A stage in the replacement moves the opportunity through its flow, checked against the details just set
        // (filling a step and moving on in one call, as the flow's "Next Stage" does); left out, the stage stays.
        if (details.salesStage() != null && details.salesStage() != changed.stage.salesStage) {
            enterStage(changed, details.salesStage());
        }
        return changed;
    }

    /** Moves an open opportunity to another sales stage: forward only with what its flow requires done (422). */
    @Transactional
    public Opportunity moveToStage(UUID id, ExpectedVersion expected, SalesStage stage) {
        Opportunity opportunity = forAction(id, expected);
        if (stage == null) {
            throw ProblemException.invalid("stage", "is required: QUALIFY, DEVELOP, PROPOSE or CLOSE");
        }
        return enterStage(opportunity, stage);
    }

    /** Who moved the opportunity through which stages and when, oldest first. */
    public List<StageChange> stageHistory(UUID id) {
        get(id);
        return StageChange.list("opportunityId", Sort.by("changedAt").and("id"), id);
    }

    private Opportunity enterStage(Opportunity opportunity, SalesStage stage) {
        opportunity.requireOpen("change the sales stage of");
        stages.checkMove(opportunity, opportunity.stage.salesStage, stage);
        StageChange change = opportunity.enterStage(stage, user.id());
        change.persist();
        return record(opportunity, o -> o.stageChanged(change));
    }

    @Transactional
    public Opportunity hold(UUID id, ExpectedVersion expected) {
        return record(forAction(id, expected), Opportunity::hold);
    }

    @Transactional
    public Opportunity resume(UUID id, ExpectedVersion expected) {
        return record(forAction(id, expected), Opportunity::resume);
    }

    /**
     * Wins the deal; with draft or active quotes it is refused (409 listing them) unless {@code closeQuotes} asks to
     * close them in the same transaction (as Canceled: none of them won it).
     */
    @Transactional
    public Opportunity win(UUID id, ExpectedVersion expected, BigDecimal actualRevenue, LocalDate closeDate,
            String description, boolean closeQuotes) {
        Opportunity opportunity = forAction(id, expected);
        settleQuotes(opportunity, "win", closeQuotes, false);
        return record(opportunity, o -> o.win(actualRevenue, closeDate, description));
    }

    /**
     * Loses the deal; a recorded competitor who won it is named on it too, even if nobody named it before. With draft
     * or active quotes it is refused (409 listing them) unless {@code closeQuotes} closes them too (as Lost).
     */
    @Transactional
    public Opportunity lose(UUID id, ExpectedVersion expected, OpportunityStatusReason reason, UUID competitorId,
            String competitor, LocalDate closeDate, String description, boolean closeQuotes) {
        Opportunity opportunity = forAction(id, expected);
        settleQuotes(opportunity, "lose", closeQuotes, true);
        if ((competitorId != null || competitor != null) && reason != OpportunityStatusReason.OUT_SOLD) {
            throw ProblemException.invalid(competitorId != null ? "winningCompetitorId" : "winningCompetitor",
                    "names who won the deal, so the reason must be OUT_SOLD");
        }
        if (competitorId != null && competitor != null) {
            throw ProblemException.invalid("winningCompetitor", "must be left out when winningCompetitorId names the winner");
        }
        String winner = competitorId == null ? competitor : competitors.recordedName(competitorId)
                .orElseThrow(() -> ProblemException.invalid("winningCompetitorId", "names no competitor"));
        record(opportunity, o -> o.lose(reason, competitorId, winner, closeDate, description));
        if (competitorId != null) {
            competitors.nameOn(id, competitorId);
        }
        return opportunity;
    }

    @Transactional
    public Opportunity reopen(UUID id, ExpectedVersion expected) {
        return record(forAction(id, expected), Opportunity::reopen);
    }

    /**
     * A deal closes with its offers settled, as Dynamics 365 asks: its draft and active quotes are closed with it when
     * the caller says so, else the close is refused naming them.
     */
    private void settleQuotes(Opportunity opportunity, String action, boolean close, boolean lost) {
        opportunity.requireOpen(action);
        List<OpportunityQuotes.OpenQuote> open = quotes.open(opportunity.id, null);
        if (open.isEmpty()) {
            return;
        }
        if (!close) {
            throw openQuotes(opportunity, open, action);
        }
        quotes.closeWithDeal(opportunity.id, null, false, lost);
    }

    /** 409: the deal has quotes still on offer; they are listed, and closing them with it is the way on. */
    public static ProblemException openQuotes(Opportunity opportunity, List<OpportunityQuotes.OpenQuote> open, String action) {
        return new ProblemException(ProblemType.CONFLICT, "Opportunity " + opportunity.id + " has " + open.size()
                + " draft or active quote" + (open.size() == 1 ? "" : "s") + " (" + String.join(", ", open.stream()
                .map(q -> q.quoteNumber() + " revision " + q.revisionNumber() + " " + q.state()).toList())
                + "): close them first, or " + action + " with closeQuotes: true to close them in the same step",
                List.of(), Map.of("openQuotes", open));
    }

    /** The details, naming a customer the suite knows (422 for one it does not: the leads-service never published it). */
    private OpportunityDetails known(OpportunityDetails details) {
        String name = customers.nameOf(details.customerType(), details.customerId()).orElseThrow(() ->
                ProblemException.unknownReference("customerId", "names no " + details.customerType().name()
                        .toLowerCase() + " the suite knows (or it is not known here yet: retry in a moment)"));
        return details.withCustomerName(name);
    }

    private Opportunity forAction(UUID id, ExpectedVersion expected) {
        Opportunity opportunity = getForChange(id);
        opportunity.checkVersion(expected);
        return opportunity;
    }

    /** Applies a change to the opportunity and publishes the event it returns. */
    private Opportunity record(Opportunity opportunity, Function<Opportunity, BusinessEvent> change) {
        outbox.appendChange(opportunity, change.apply(opportunity));
        return opportunity;
    }
}
