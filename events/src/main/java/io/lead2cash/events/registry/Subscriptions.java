package io.lead2cash.events.registry;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.Topics;
import io.lead2cash.events.billing.CreditNoteIssued;
import io.lead2cash.events.billing.InvoiceCanceled;
import io.lead2cash.events.billing.InvoiceCreated;
import io.lead2cash.events.billing.InvoicePaid;
import io.lead2cash.events.billing.InvoiceRefunded;
import io.lead2cash.events.billing.OrderCreated;
import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountUpdated;
import io.lead2cash.events.leads.ContactCreated;
import io.lead2cash.events.leads.ContactUpdated;
import io.lead2cash.events.leads.CustomerRecordShareRevoked;
import io.lead2cash.events.leads.CustomerRecordShared;
import io.lead2cash.events.leads.LeadCreated;
import io.lead2cash.events.leads.LeadDisqualified;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.LeadReactivated;
import io.lead2cash.events.leads.LeadUpdated;
import io.lead2cash.events.opportunities.OpportunityCreated;
import io.lead2cash.events.opportunities.OpportunityLinesChanged;
import io.lead2cash.events.opportunities.OpportunityLost;
import io.lead2cash.events.opportunities.OpportunityReopened;
import io.lead2cash.events.opportunities.OpportunitySalesTeamChanged;
import io.lead2cash.events.opportunities.OpportunityShareRevoked;
import io.lead2cash.events.opportunities.OpportunityShared;
import io.lead2cash.events.opportunities.OpportunityUpdated;
import io.lead2cash.events.opportunities.OpportunityWon;
import io.lead2cash.events.opportunities.QuoteAccepted;
import java.util.List;

/**
 * Which service receives which published events, and why: the receive side of the AsyncAPI document. Each consumer
 * declares its handlers against one of these ({@code EventHandlers.exactly}), so the document cannot drift from what
 * the services consume.
 */
public final class Subscriptions {

    /** A consumer group reading some event types of one topic; what it cannot apply goes to its dead-letter topic. */
    public record Subscription(String consumerGroup, String topic, String purpose,
            List<Class<? extends BusinessEvent>> events) {

        public String deadLetterTopic() {
            return Topics.deadLetterTopic(consumerGroup);
        }
    }

    /**
     * The opportunity-service opens the opportunity a qualified lead asks for, and keeps each lead's, account's and
     * contact's name, owner and shares: the records activities and notes may regard, who may read those, and the
     * customers an opportunity may name.
     */
    public static final Subscription LEADS_AND_CUSTOMERS_FOR_OPPORTUNITIES = new Subscription("opportunity-service",
            Topics.LEADS, "Opens the opportunity each qualified lead asks for, once per lead; keeps each lead's, "
                    + "account's and contact's name, owner and shares for the activities and notes regarding them, and "
                    + "knows the customers opportunities may name",
            List.of(LeadQualified.class, LeadCreated.class, LeadUpdated.class, LeadDisqualified.class,
                    LeadReactivated.class, AccountCreated.class, AccountUpdated.class, ContactCreated.class,
                    ContactUpdated.class, CustomerRecordShared.class, CustomerRecordShareRevoked.class));

    /**
     * The opportunity-service records what was invoiced, credited, paid and paid back on the won opportunity, and keeps
     * each order and invoice (number, owner, opportunity) for the activities and notes regarding them.
     */
    public static final Subscription OPPORTUNITY_REVENUE_FROM_INVOICES = new Subscription("opportunity-service",
            Topics.BILLING, "Records the amounts invoiced (less what credit notes reversed) and paid (less what was "
                    + "refunded) against the won opportunity; keeps each order's and invoice's number, owner and "
                    + "opportunity for the activities and notes regarding them",
            List.of(InvoiceCreated.class, InvoiceCanceled.class, InvoicePaid.class, CreditNoteIssued.class,
                    InvoiceRefunded.class, OrderCreated.class));

    /** The billing-service opens orders from accepted quotes and keeps who may see each opportunity's orders. */
    public static final Subscription ORDERS_FROM_ACCEPTED_QUOTES = new Subscription("billing-service",
            Topics.OPPORTUNITIES, "Opens the order of each accepted quote, and keeps each opportunity's owner, team, "
                    + "shares and sales team, who may read its orders and invoices",
            List.of(QuoteAccepted.class, OpportunityCreated.class, OpportunityUpdated.class,
                    OpportunityLinesChanged.class, OpportunityWon.class, OpportunityLost.class,
                    OpportunityReopened.class, OpportunityShared.class, OpportunityShareRevoked.class,
                    OpportunitySalesTeamChanged.class));

    /**
     * The billing-service keeps each account's and contact's address: the bill-to its orders and invoices print, and
     * the customers a direct order may name.
     */
    public static final Subscription BILL_TO_ADDRESSES_FROM_CUSTOMERS = new Subscription("billing-service",
            Topics.LEADS, "Keeps each account's and contact's name and address, copied as the bill-to of the orders "
                    + "opened for it; a direct order names a customer it knows",
            List.of(AccountCreated.class, AccountUpdated.class, ContactCreated.class, ContactUpdated.class));

    public static final List<Subscription> ALL = List.of(LEADS_AND_CUSTOMERS_FOR_OPPORTUNITIES,
            OPPORTUNITY_REVENUE_FROM_INVOICES, ORDERS_FROM_ACCEPTED_QUOTES, BILL_TO_ADDRESSES_FROM_CUSTOMERS);

    private Subscriptions() {
    }
}
