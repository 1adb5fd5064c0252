package io.lead2cash.events.registry;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.EventContract;
import io.lead2cash.events.billing.CreditNoteIssued;
import io.lead2cash.events.billing.InvoiceBilled;
import io.lead2cash.events.billing.InvoiceCanceled;
import io.lead2cash.events.billing.InvoiceCreated;
import io.lead2cash.events.billing.InvoicePaid;
import io.lead2cash.events.billing.InvoiceRefunded;
import io.lead2cash.events.billing.OrderCanceled;
import io.lead2cash.events.billing.OrderCreated;
import io.lead2cash.events.billing.OrderFulfilled;
import io.lead2cash.events.billing.OrderHeld;
import io.lead2cash.events.billing.OrderInvoiced;
import io.lead2cash.events.billing.OrderInvoicingReopened;
import io.lead2cash.events.billing.OrderLinesChanged;
import io.lead2cash.events.billing.OrderPricesLocked;
import io.lead2cash.events.billing.OrderRepriced;
import io.lead2cash.events.billing.OrderSubmitted;
import io.lead2cash.events.catalog.DiscountListChanged;
import io.lead2cash.events.catalog.DiscountListCreated;
import io.lead2cash.events.catalog.DiscountListDeleted;
import io.lead2cash.events.catalog.PriceListChanged;
import io.lead2cash.events.catalog.PriceListCreated;
import io.lead2cash.events.catalog.PriceListItemRemoved;
import io.lead2cash.events.catalog.PriceListItemSet;
import io.lead2cash.events.catalog.ProductCreated;
import io.lead2cash.events.catalog.ProductPublished;
import io.lead2cash.events.catalog.ProductRetired;
import io.lead2cash.events.catalog.ProductRevised;
import io.lead2cash.events.catalog.ProductRevisionReverted;
import io.lead2cash.events.catalog.ProductUpdated;
import io.lead2cash.events.catalog.UnitGroupChanged;
import io.lead2cash.events.catalog.UnitGroupCreated;
import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountUpdated;
import io.lead2cash.events.leads.ContactCreated;
import io.lead2cash.events.leads.ContactUpdated;
import io.lead2cash.events.leads.CustomerRecordShareRevoked;
import io.lead2cash.events.leads.CustomerRecordShared;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.events.leads.LeadDisqualified;
import io.lead2cash.events.leads.LeadProcessFlowChanged;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.LeadReactivated;
import io.lead2cash.events.leads.LeadUpdated;
import io.lead2cash.events.opportunities.ActivityCanceled;
import io.lead2cash.events.opportunities.ActivityCompleted;
import io.lead2cash.events.opportunities.ActivityCreated;
import io.lead2cash.events.opportunities.ActivityDeleted;
import io.lead2cash.events.opportunities.ActivityUpdated;
import io.lead2cash.events.opportunities.CompetitorCreated;
import io.lead2cash.events.opportunities.CompetitorUpdated;
import io.lead2cash.events.opportunities.NoteAttachmentAdded;
import io.lead2cash.events.opportunities.NoteCreated;
import io.lead2cash.events.opportunities.NoteDeleted;
import io.lead2cash.events.opportunities.OpportunityCompetitorsChanged;
import io.lead2cash.events.opportunities.OpportunityCreated;
import io.lead2cash.events.opportunities.OpportunityLinesChanged;
import io.lead2cash.events.opportunities.OpportunityLost;
import io.lead2cash.events.opportunities.OpportunityProcessFlowChanged;
import io.lead2cash.events.opportunities.OpportunityReopened;
import io.lead2cash.events.opportunities.OpportunitySalesTeamChanged;
import io.lead2cash.events.opportunities.OpportunityShareRevoked;
import io.lead2cash.events.opportunities.OpportunityShared;
import io.lead2cash.events.opportunities.OpportunityStageChanged;
import io.lead2cash.events.opportunities.OpportunityStakeholdersChanged;
import io.lead2cash.events.opportunities.OpportunityUpdated;
import io.lead2cash.events.opportunities.OpportunityWon;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.events.opportunities.QuoteActivated;
import io.lead2cash.events.opportunities.QuoteAssigned;
import io.lead2cash.events.opportunities.QuoteClosed;
import io.lead2cash.events.opportunities.QuoteCreated;
import io.lead2cash.events.opportunities.QuoteDeleted;
import io.lead2cash.events.opportunities.QuoteRevised;
import io.lead2cash.events.opportunities.SalesLiteratureCreated;
import io.lead2cash.events.opportunities.SalesLiteratureGiven;
import io.lead2cash.events.opportunities.SalesLiteratureUpdated;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event the suite publishes: the source of the JSON Schemas and the AsyncAPI document. */
public final class EventCatalog {

    public static final List<Class<? extends BusinessEvent>> EVENTS = List.of(
            LeadCreated.class,
            LeadUpdated.class,
            LeadQualified.class,
            LeadDisqualified.class,
            LeadReactivated.class,
            LeadProcessFlowChanged.class,
            CustomerRecordShared.class,
            CustomerRecordShareRevoked.class,
            AccountCreated.class,
            AccountUpdated.class,
            ContactCreated.class,
            ContactUpdated.class,
            UnitGroupCreated.class,
            UnitGroupChanged.class,
            ProductCreated.class,
            ProductUpdated.class,
            ProductPublished.class,
            ProductRevised.class,
            ProductRevisionReverted.class,
            ProductRetired.class,
            PriceListCreated.class,
            PriceListChanged.class,
            PriceListItemSet.class,
            PriceListItemRemoved.class,
            DiscountListCreated.class,
            DiscountListChanged.class,
            DiscountListDeleted.class,
            OpportunityCreated.class,
            OpportunityUpdated.class,
            OpportunityWon.class,
            OpportunityLost.class,
            OpportunityReopened.class,
            OpportunityStageChanged.class,
            OpportunityProcessFlowChanged.class,
            QuoteCreated.class,
            QuoteActivated.class,
            QuoteAssigned.class,
            QuoteRevised.class,
            QuoteAccepted.class,
            QuoteClosed.class,
            QuoteDeleted.class,
            OpportunityLinesChanged.class,
            OpportunityShared.class,
            OpportunityShareRevoked.class,
            OpportunityStakeholdersChanged.class,
            OpportunitySalesTeamChanged.class,
            OpportunityCompetitorsChanged.class,
            SalesLiteratureGiven.class,
            ActivityCreated.class,
            ActivityUpdated.class,
            ActivityCompleted.class,
            ActivityCanceled.class,
            NoteCreated.class,
            NoteAttachmentAdded.class,
            ActivityDeleted.class,
            NoteDeleted.class,
            CompetitorCreated.class,
            CompetitorUpdated.class,
            SalesLiteratureCreated.class,
            SalesLiteratureUpdated.class,
            OrderCreated.class,
            OrderFulfilled.class,
            OrderHeld.class,
            OrderSubmitted.class,
            OrderPricesLocked.class,
            OrderRepriced.class,
            OrderLinesChanged.class,
            OrderCanceled.class,
            OrderInvoiced.class,
            OrderInvoicingReopened.class,
            InvoiceCreated.class,
            InvoiceBilled.class,
            InvoicePaid.class,
            InvoiceCanceled.class,
            CreditNoteIssued.class,
            InvoiceRefunded.class);

    private static final Map<String, Class<? extends BusinessEvent>> BY_TYPE = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(c -> contractOf(c).type(), Function.identity()));

    private EventCatalog() {
    }

    /** The contract of an event class; fails for a class that is not a published event. */
    public static EventContract contractOf(Class<?> eventClass) {
        EventContract contract = eventClass.getAnnotation(EventContract.class);
        if (contract == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventContract");
        }
        return contract;
    }

    /** The event class of a CloudEvents type, if the suite publishes it. */
    public static Optional<Class<? extends BusinessEvent>> classOf(String ceType) {
        return Optional.ofNullable(BY_TYPE.get(ceType));
    }

    /** Classpath location of the JSON Schema of an event type, e.g. {@code schemas/lead2cash.lead.qualified.v1.json}. */
    public static String schemaResource(String ceType) {
        return "schemas/" + ceType + ".json";
    }
}
