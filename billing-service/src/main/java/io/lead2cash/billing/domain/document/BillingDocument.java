package io.lead2cash.billing.domain.document;

import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.platform.domain.PricedRecord;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.platform.domain.Address;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * An order, an invoice or a credit note: a priced record under an order number, from a quote and opportunity when it
 * came from one. Who may read and change it follows its deal (the access subdomain's BillingDocumentAccess decides).
 */
@MappedSuperclass
public abstract class BillingDocument extends PricedRecord {

    public String orderNumber;
    public UUID quoteId;
    public UUID opportunityId;

    @Enumerated(EnumType.STRING)
    public PaymentTerms paymentTerms;

    /** Where the customer is billed: the account's address when the order was opened, copied to its invoices. */
    @Embedded
    @AttributeOverride(name = "street1", column = @Column(name = "bill_to_street1"))
    @AttributeOverride(name = "street2", column = @Column(name = "bill_to_street2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "bill_to_postal_code"))
    @AttributeOverride(name = "city", column = @Column(name = "bill_to_city"))
    @AttributeOverride(name = "stateOrProvince", column = @Column(name = "bill_to_state_or_province"))
    @AttributeOverride(name = "country", column = @Column(name = "bill_to_country"))
    public Address billTo;

    /** Takes the order, quote, opportunity, customer, bill-to address, owner and currency of the document it follows. */
    protected void copyHeaderOf(BillingDocument from) {
        orderNumber = from.orderNumber;
        quoteId = from.quoteId;
        opportunityId = from.opportunityId;
        sellTo(from.customerType, from.customerId, from.customerName, from.currency);
        billTo = Address.of(from.billToAddress());
        ownerId = from.ownerId;
        owningTeam = from.owningTeam;
    }

    /** The order this document is, or bills. */
    public abstract UUID orderId();

    /** The bill-to address as events and views carry it. */
    public PostalAddress billToAddress() {
        return Address.dataOf(billTo);
    }

}
