package io.lead2cash.opportunity.domain.opportunity;

import io.lead2cash.platform.domain.Ownership;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.RequestedOpportunity;
import io.lead2cash.events.opportunities.ForecastCategory;
import io.lead2cash.events.opportunities.SalesStage;
import io.lead2cash.platform.domain.Records;
import io.lead2cash.platform.outbox.Outbox;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Opens the opportunities qualified leads ask for, once per lead. */
@ApplicationScoped
public class QualifiedLeadIntake {

    private static final Logger LOG = Logger.getLogger(QualifiedLeadIntake.class);

    @Inject Outbox outbox;

    /**
     * Opens the opportunity a qualified lead asked for, owned by the lead's owner, in the Develop stage. Runs in
     * the consumer's transaction; a lead that already has one gets nothing new.
     */
    @Transactional
    public void openFromLead(LeadQualified event) {
        RequestedOpportunity request = event.opportunity();
        if (request == null) {
            return;
        }
        UUID leadId = event.lead().id();
        if (Records.exists(Opportunity.class, "originatingLeadId = ?1", leadId)) {
            LOG.debugf("Lead %s already has an opportunity; LeadQualified %s changes nothing", leadId, event.eventId());
            return;
        }
        String customerName = customerName(event, request);
        BigDecimal revenue = request.estimatedRevenue() != null && request.estimatedRevenue().currency().equals(request.currency())
                ? request.estimatedRevenue().amount() : null;
        Opportunity opportunity = Opportunity.open(new OpportunityDetails(request.topic(), request.customerType(),
                request.customerId(), customerName, request.priceListId(), request.currency(), revenue, revenue == null,
                request.estimatedCloseDate(), null, request.rating(), SalesStage.DEVELOP, ForecastCategory.PIPELINE,
                request.description(), null, null), new Ownership(request.ownerId(), request.owningTeam()), leadId);
        opportunity.persist();
        opportunity.openedIn(request.ownerId()).persist();
        outbox.append(opportunity.created());
        LOG.debugf("Opened opportunity %s for %s from qualified lead %s", opportunity.id, customerName, leadId);
    }

    /** The account's name, or the contact's ("first last"), as the lead qualified it. */
    private static String customerName(LeadQualified event, RequestedOpportunity request) {
        if (request.customerType() == CustomerType.ACCOUNT && event.account() != null) {
            return event.account().name();
        }
        if (event.contact() == null) {
            return null;
        }
        return (event.contact().firstName() == null ? "" : event.contact().firstName() + " ") + event.contact().lastName();
    }
}
