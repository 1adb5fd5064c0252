package io.lead2cash.opportunity.domain;

import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.OpportunityRequest;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.OpportunityState;
import io.lead2cash.events.opportunities.OpportunityStatusReason;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
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

    OpportunityService(Outbox outbox, CurrentUser user) {
        this.outbox = outbox;
        this.user = user;
    }

    /** What an opportunity list may be filtered by; absent values do not filter. */
    public record Criteria(UUID originatingLeadId, UUID customerId, String ownerId, OpportunityState state,
            SalesStage stage, LocalDate closeFrom, LocalDate closeTo, String text) {
    }

    /** The opportunities the caller may see that match the criteria. */
    public PanacheQuery<Opportunity> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("originatingLeadId", c.originatingLeadId()).eq("customerId", c.customerId())
                .eq("ownerId", c.ownerId()).eq("state", c.state()).eq("salesStage", c.stage())
                .contains(c.text(), "topic", "customerName")
                .accessibleBy(user);
        if (c.closeFrom() != null) {
            filter.and("estimatedCloseDate >= :closeFrom", Map.of("closeFrom", c.closeFrom()));
        }
        if (c.closeTo() != null) {
            filter.and("estimatedCloseDate <= :closeTo", Map.of("closeTo", c.closeTo()));
        }
        return Opportunity.find(filter.query(), sort, filter.parameters());
    }

    /** The opportunity, if the caller may see it: 404 when unknown, 403 when someone else's. */
    public Opportunity get(UUID id) {
        Opportunity opportunity = Opportunity.findById(id);
        if (opportunity == null) {
            throw ProblemException.notFound("opportunity", id);
        }
        opportunity.checkAccess(user, "opportunity");
        return opportunity;
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
        Opportunity opportunity = get(id);
        ETags.requireMatch(ifMatch, opportunity.version);
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
    public Opportunity lose(UUID id, String ifMatch, OpportunityStatusReason reason, String competitor, LocalDate closeDate,
            String description) {
        Opportunity opportunity = forAction(id, ifMatch);
        outbox.append(opportunity.lose(reason, competitor, closeDate, description));
        Opportunity.flush();
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
        if (Opportunity.count("originatingLeadId", leadId) > 0) {
            LOG.infof("Lead %s already has an opportunity; LeadQualified %s changes nothing", leadId, event.eventId());
            return;
        }
        String customerName = request.customerType() == OpportunityRequest.CustomerType.ACCOUNT && event.account() != null
                ? event.account().name()
                : event.contact() == null ? null
                : ((event.contact().firstName() == null ? "" : event.contact().firstName() + " ") + event.contact().lastName());
        BigDecimal revenue = request.estimatedRevenue() != null && request.estimatedRevenue().currency().equals(request.currency())
                ? request.estimatedRevenue().amount() : null;
        Opportunity opportunity = Opportunity.open(new Opportunity.Details(request.topic(), request.customerType(),
                request.customerId(), customerName, request.priceListId(), request.currency(), revenue,
                request.estimatedCloseDate(), null, request.rating(), SalesStage.DEVELOP, ForecastCategory.PIPELINE,
                request.description(), null, null), new Opportunity.Owner(request.ownerId(), request.owningTeam()), leadId);
        opportunity.persist();
        outbox.append(opportunity.created());
        LOG.infof("Opened opportunity %s for %s from qualified lead %s", opportunity.id, customerName, leadId);
    }

    private Opportunity forAction(UUID id, String ifMatch) {
        Opportunity opportunity = get(id);
        ETags.checkIfGiven(ifMatch, opportunity.version);
        return opportunity;
    }
}
