package io.lead2cash.billing.domain.order;

import io.lead2cash.events.CustomerType;
import io.lead2cash.events.billing.PaymentTerms;
import java.math.BigDecimal;
import java.util.UUID;

/** What a user sets on an order created directly, rather than from an accepted quote (which gives the same header). */
public record OrderDetails(CustomerType customerType, UUID customerId, String customerName, UUID opportunityId,
        UUID priceListId, String currency, PaymentTerms paymentTerms, BigDecimal discountPercentage,
        BigDecimal discountAmount, BigDecimal freight) {

    /** The same details, naming the customer as the suite knows it. */
    public OrderDetails withCustomerName(String name) {
        return new OrderDetails(customerType, customerId, name, opportunityId, priceListId, currency, paymentTerms,
                discountPercentage, discountAmount, freight);
    }
}
