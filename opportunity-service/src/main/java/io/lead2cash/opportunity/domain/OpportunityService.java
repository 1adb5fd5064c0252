package io.lead2cash.opportunity.domain;

import io.lead2cash.events.opportunities.ShareAccess;
import io.lead2cash.events.opportunities.SharePrincipalType;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.OpportunityRequest;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.OpportunityShareRevoked;
import io.lead2cash.events.opportunities.OpportunityShared;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Opens, changes, closes and finds opportunities, publishing each change through the outbox. */
@ApplicationScoped
public class OpportunityService {

    private static final Logger LOG = Logger.getLogger(OpportunityService.class);

    private final Outbox outbox;
    private final CurrentUser user;
    private final LinePricing pricing;
    private final RecordAccess access;

    OpportunityService(Outbox outbox, CurrentUser user, LinePricing pricing, RecordAccess access) {
        this.outbox = outbox;
        this.user = user;
        this.pricing = pricing;
        this.access = access;
    }

    /** What an opportunity list may be filtered by; absent values do not filter. */
    public record Criteria(UUID originatingLeadId, UUID customerId, String ownerId, OpportunityState state,
            SalesStage stage, LocalDate closeFrom, LocalDate closeTo, String text) {
    }

    /** The opportunities the caller may see that match the criteria. */
    public PanacheQuery<Opportunity> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("originatingLeadId", c.originatingLeadId()).eq("customerId", c.customerId())
                .eq("ownerId", c.ownerId()).eq("state", c.state()).eq("salesStage", c.stage())
                .contains(c.text(), "topic", "customerName");
        access.visible(filter, "id");
        if (c.closeFrom() != null) {
            filter.and("estimatedCloseDate >= :closeFrom", Map.of("closeFrom", c.closeFrom()));
        }
        if (c.closeTo() != null) {
            filter.and("estimatedCloseDate <= :closeTo", Map.of("closeTo", c.closeTo()));
        }
        return Opportunity.find(filter.query(), sort, filter.parameters());
    }

    /** The opportunity, if the caller may see it: 404 when unknown, 403 when neither theirs nor shared with them. */
    public Opportunity get(UUID id) {
        Opportunity opportunity = find(id);
        access.checkRead(id, opportunity.ownerId, opportunity.owningTeam, "opportunity");
        return opportunity;
    }

    /** The opportunity, if the caller may change it (theirs, their team's, or shared with them read/write). */
    public Opportunity getForChange(UUID id) {
        Opportunity opportunity = find(id);
        access.checkWrite(id, opportunity.ownerId, opportunity.owningTeam, "opportunity");
        return opportunity;
    }

    private static Opportunity find(UUID id) {
        Opportunity opportunity = Opportunity.findById(id);
        if (opportunity == null) {
            throw ProblemException.notFound("opportunity", id);
        }
        return opportunity;
    }

    /** Gives the opportunity (and what it owns) to another user and team. */
    @Transactional
    public Opportunity assign(UUID id, String ifMatch, String ownerId, String owningTeam) {
        Opportunity opportunity = forManagement(id);
        ETags.checkIfGiven(ifMatch, opportunity.version);
        String previousOwner = opportunity.ownerId;
        outbox.append(opportunity.assign(ownerId, owningTeam));
        // As in Dynamics 365, the previous owner's open activities on the deal go with it.
        for (Activity activity : Activity.<Activity>list("regardingOpportunityId = ?1 and ownerId = ?2 and state in ?3", id,
                previousOwner, java.util.List.of(io.lead2cash.events.opportunities.ActivityState.OPEN,
                        io.lead2cash.events.opportunities.ActivityState.SCHEDULED))) {
            outbox.append(activity.assign(ownerId, owningTeam));
        }
        // Its quotes go with it, whatever their state (Dynamics' parental cascade), so access to them follows the deal.
        for (Quote quote : Quote.<Quote>list("opportunityId = ?1 and (ownerId <> ?2 or owningTeam is distinct from ?3)", id,
                ownerId, owningTeam)) {
            outbox.append(quote.assign(ownerId, owningTeam));
        }
        Opportunity.flush();
        LOG.infof("%s assigned opportunity %s from %s to %s (team %s)", user.id(), id, previousOwner, ownerId, owningTeam);
        return opportunity;
    }

    public java.util.List<OpportunityShare> shares(UUID id) {
        get(id);
        return OpportunityShare.list("id.opportunityId", id);
    }

    /** Shares the opportunity and its quotes with a user or team, or changes the access of an existing share. */
    @Transactional
    public java.util.List<OpportunityShare> share(UUID id, SharePrincipalType type, String principal,
            ShareAccess level) {
        forManagement(id);
        OpportunityShare.Key key = new OpportunityShare.Key(id, type, principal);
        OpportunityShare share = OpportunityShare.findById(key);
        if (share != null && share.access == level) {
            return OpportunityShare.list("id.opportunityId", id);
        }
        boolean granted = share == null;
        if (granted) {
            share = new OpportunityShare();
            share.id = key;
        }
        share.access = level;
        share.grantedBy = user.id();
        share.grantedAt = java.time.Instant.now();
        if (granted) {
            share.persist();
        }
        LOG.infof("%s shared opportunity %s with %s %s (%s)", user.id(), id, type, principal, level);
        OpportunityShare.flush();
        outbox.append(new OpportunityShared(UUID.randomUUID(), share.grantedAt, id, type, principal, level, user.id()));
        return OpportunityShare.list("id.opportunityId", id);
    }

    @Transactional
    public void revoke(UUID id, SharePrincipalType type, String principal) {
        forManagement(id);
        if (!OpportunityShare.deleteById(new OpportunityShare.Key(id, type, principal))) {
            throw ProblemException.notFound("share of opportunity " + id + " with " + type, principal);
        }
        LOG.infof("%s revoked the share of opportunity %s with %s %s", user.id(), id, type, principal);
        outbox.append(new OpportunityShareRevoked(UUID.randomUUID(), java.time.Instant.now(), id, type, principal, user.id()));
    }

    @Transactional
    public Opportunity create(Opportunity.Details details) {
        Opportunity opportunity = Opportunity.open(details, new Opportunity.Owner(user.id(), user.team()), null);
        opportunity.persist();
        outbox.append(opportunity.created());
        return opportunity;
    }

    @Transactional
    public Opportunity update(UUID id, String ifMatch, Opportunity.Details details) {
        Opportunity opportunity = getForChange(id);
        ETags.requireMatch(ifMatch, opportunity.version);
        if (opportunity.salesStage == SalesStage.PROPOSE && details.salesStage() == SalesStage.CLOSE
                && !Records.exists(Quote.class, "opportunityId = ?1", id)) {
            throw new ProblemException(io.lead2cash.platform.problem.ProblemType.CONFLICT,
                    "Generate a quote before the opportunity leaves the Propose stage");
        }
        outbox.append(opportunity.update(details));
        Opportunity.flush();
        return opportunity;
    }

    @Transactional
    public Opportunity hold(UUID id, String ifMatch) {
        Opportunity opportunity = forAction(id, ifMatch);
        outbox.append(opportunity.hold());
        Opportunity.flush();
        return opportunity;
    }

    @Transactional
    public Opportunity resume(UUID id, String ifMatch) {
        Opportunity opportunity = forAction(id, ifMatch);
        outbox.append(opportunity.resume());
        Opportunity.flush();
        return opportunity;
    }

    @Transactional
    public Opportunity win(UUID id, String ifMatch, BigDecimal actualRevenue, LocalDate closeDate, String description) {
        Opportunity opportunity = forAction(id, ifMatch);
        outbox.append(opportunity.win(actualRevenue, closeDate, description));
        Opportunity.flush();
        return opportunity;
    }

    @Transactional
    public Opportunity lose(UUID id, String ifMatch, OpportunityStatusReason reason, UUID competitorId, String competitor,
            LocalDate closeDate, String description) {
        Opportunity opportunity = forAction(id, ifMatch);
        if ((competitorId != null || competitor != null) && reason != OpportunityStatusReason.OUT_SOLD) {
            throw ProblemException.invalid(competitorId != null ? "winningCompetitorId" : "winningCompetitor",
                    "names who won the deal, so the reason must be OUT_SOLD");
        }
        if (competitorId != null && competitor != null) {
            throw ProblemException.invalid("winningCompetitor", "must be left out when winningCompetitorId names the winner");
        }
        Competitor winner = null;
        if (competitorId != null) {
            winner = Competitor.findById(competitorId);
            if (winner == null) {
                throw ProblemException.invalid("winningCompetitorId", "names no competitor");
            }
        }
        outbox.append(opportunity.lose(reason, competitorId, winner != null ? winner.name : competitor, closeDate, description));
        Opportunity.flush();
        // The winner is one of the deal's competitors even if nobody named it before.
        if (winner != null && OpportunityCompetitor.name(id, competitorId, user.id())) {
            outbox.append(OpportunityCompetitor.changed(id));
        }
        return opportunity;
    }

    @Transactional
    public Opportunity reopen(UUID id, String ifMatch) {
        Opportunity opportunity = forAction(id, ifMatch);
        outbox.append(opportunity.reopen());
        Opportunity.flush();
        return opportunity;
    }

    /**
     * Opens the opportunity a qualified lead asked for, owned by the lead's owner, in the Develop stage. Runs in
     * the consumer's transaction; a lead that already has one gets nothing new.
     */
    @Transactional
    public void openFromLead(LeadQualified event) {
        OpportunityRequest request = event.opportunity();
        if (request == null) {
            return;
        }
        UUID leadId = event.lead().id();
        if (Records.exists(Opportunity.class, "originatingLeadId = ?1", leadId)) {
            LOG.debugf("Lead %s already has an opportunity; LeadQualified %s changes nothing", leadId, event.eventId());
            return;
        }
        String customerName = request.customerType() == OpportunityRequest.CustomerType.ACCOUNT && event.account() != null
                ? event.account().name()
                : event.contact() == null ? null
                : ((event.contact().firstName() == null ? "" : event.contact().firstName() + " ") + event.contact().lastName());
        BigDecimal revenue = request.estimatedRevenue() != null && request.estimatedRevenue().currency().equals(request.currency())
                ? request.estimatedRevenue().amount() : null;
        Opportunity opportunity = Opportunity.open(new Opportunity.Details(request.topic(), request.customerType(),
                request.customerId(), customerName, request.priceListId(), request.currency(), revenue, revenue == null,
                request.estimatedCloseDate(), null, request.rating(), SalesStage.DEVELOP, ForecastCategory.PIPELINE,
                request.description(), null, null), new Opportunity.Owner(request.ownerId(), request.owningTeam()), leadId);
        opportunity.persist();
        outbox.append(opportunity.created());
        LOG.debugf("Opened opportunity %s for %s from qualified lead %s", opportunity.id, customerName, leadId);
    }

    /**
     * Records what billing invoiced or was paid against a deal, in the consumer's transaction. Orders made without
     * an opportunity name none and change nothing here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void billed(UUID opportunityId, java.util.function.Consumer<Opportunity> change, String what) {
        if (opportunityId == null) {
            return;
        }
        Opportunity opportunity = find(opportunityId);
        change.accept(opportunity);
        LOG.debugf("Opportunity %s: %s; invoiced %s, paid %s %s", opportunityId, what,
                opportunity.invoicedAmount.toPlainString(), opportunity.paidAmount.toPlainString(), opportunity.currency);
    }

    // Product lines

    public java.util.List<OpportunityLine> lines(UUID opportunityId) {
        get(opportunityId);
        return OpportunityLine.list("opportunityId = ?1 order by lineNumber", opportunityId);
    }

    public OpportunityLine line(UUID opportunityId, UUID lineId) {
        get(opportunityId);
        OpportunityLine line = OpportunityLine.findById(lineId);
        if (line == null || !line.opportunityId.equals(opportunityId)) {
            throw ProblemException.notFound("line on opportunity " + opportunityId, lineId);
        }
        return line;
    }

    /** Adds a line and prices it; when the catalog is unreachable the line is kept, flagged unpriced. */
    @Transactional
    public OpportunityLine addLine(UUID opportunityId, PricedLine.Details details) {
        Opportunity opportunity = getForChange(opportunityId);
        opportunity.requireOpen("change the lines of");
        checkLine(details);
        OpportunityLine last = OpportunityLine.find("opportunityId = ?1 order by lineNumber desc", opportunityId).firstResult();
        OpportunityLine line = OpportunityLine.create(opportunityId, last == null ? 1 : last.lineNumber + 1, details);
        line.persist();
        price(opportunity, java.util.List.of(line));
        linesChanged(opportunity);
        return line;
    }

    @Transactional
    public OpportunityLine updateLine(UUID opportunityId, UUID lineId, String ifMatch, PricedLine.Details details) {
        Opportunity opportunity = getForChange(opportunityId);
        opportunity.requireOpen("change the lines of");
        OpportunityLine line = line(opportunityId, lineId);
        ETags.requireMatch(ifMatch, line.version);
        checkLine(details);
        line.change(details);
        price(opportunity, java.util.List.of(line));
        linesChanged(opportunity);
        OpportunityLine.flush();
        return line;
    }

    @Transactional
    public void removeLine(UUID opportunityId, UUID lineId, String ifMatch) {
        Opportunity opportunity = getForChange(opportunityId);
        opportunity.requireOpen("change the lines of");
        OpportunityLine line = line(opportunityId, lineId);
        ETags.checkIfGiven(ifMatch, line.version);
        line.delete();
        OpportunityLine.flush();
        linesChanged(opportunity);
    }

    /** Prices every line again, e.g. after the catalog was unreachable or the price list changed. */
    @Transactional
    public java.util.List<OpportunityLine> reprice(UUID opportunityId) {
        Opportunity opportunity = getForChange(opportunityId);
        opportunity.requireOpen("reprice");
        java.util.List<OpportunityLine> lines = OpportunityLine.list("opportunityId = ?1 order by lineNumber", opportunityId);
        price(opportunity, lines);
        linesChanged(opportunity);
        return lines;
    }

    void price(Opportunity opportunity, java.util.List<? extends PricedLine> lines) {
        price(opportunity.priceListId, opportunity.currency, opportunity.currencyDigits(), lines);
    }

    /** Prices lines on a price list: write-ins here, catalog products by the catalog (kept unpriced when it is down). */
    void price(UUID priceListId, String currency, int currencyDigits, java.util.List<? extends PricedLine> lines) {
        java.util.List<PricedLine> catalogLines = new java.util.ArrayList<>();
        for (PricedLine line : lines) {
            if (line.writeIn()) {
                line.priceWriteIn(currencyDigits);
            } else {
                catalogLines.add(line);
            }
        }
        if (catalogLines.isEmpty()) {
            return;
        }
        try {
            java.util.List<LinePricing.Outcome> outcomes = pricing.price(priceListId, currency, catalogLines);
            for (int i = 0; i < catalogLines.size(); i++) {
                LinePricing.Outcome outcome = outcomes.get(i);
                if (outcome.price() != null) {
                    catalogLines.get(i).pricedAs(outcome.price());
                } else {
                    catalogLines.get(i).unpriced(outcome.error(), outcome.message());
                }
            }
        } catch (LinePricing.PricingUnavailable e) {
            LOG.warnf("Catalog unavailable (%s): %d line(s) kept unpriced", e.getMessage(), catalogLines.size());
            catalogLines.forEach(l -> l.unpriced(PricedLine.CATALOG_UNAVAILABLE,
                    "The catalog could not be reached; reprice the opportunity when it is back"));
        }
    }

    private void linesChanged(Opportunity opportunity) {
        OpportunityLine.flush();
        BigDecimal revenueBefore = opportunity.estimatedRevenue;
        outbox.append(opportunity.linesChanged(OpportunityLine.list("opportunityId = ?1 order by lineNumber", opportunity.id)));
        // Subscribers of OpportunityUpdated learn of a system-calculated revenue change as of any other.
        if (opportunity.estimatedRevenue != null && (revenueBefore == null
                || revenueBefore.compareTo(opportunity.estimatedRevenue) != 0)) {
            outbox.append(opportunity.revenueRecalculated());
        }
    }

    static void checkLine(PricedLine.Details d) {
        if ((d.productId() == null) == (d.writeInName() == null || d.writeInName().isBlank())) {
            throw ProblemException.invalid("productId", "or writeInName must be given, not both");
        }
        if (d.productId() == null && d.priceOverride() == null) {
            throw ProblemException.invalid("priceOverride", "is required for a write-in product (it is its price per unit)");
        }
    }

    /** The opportunity, if the caller may assign or share it and change its sales team. */
    Opportunity forManagement(UUID id) {
        Opportunity opportunity = get(id);
        access.checkManage(opportunity.ownerId, "opportunity");
        return opportunity;
    }

    private Opportunity forAction(UUID id, String ifMatch) {
        Opportunity opportunity = getForChange(id);
        ETags.checkIfGiven(ifMatch, opportunity.version);
        return opportunity;
    }
}
