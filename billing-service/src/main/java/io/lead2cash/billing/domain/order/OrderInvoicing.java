package io.lead2cash.billing.domain.order;

import io.lead2cash.events.billing.InvoiceState;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What orders need of their invoices: whether one bills the order, and an invoice for what it bills now. The invoice
 * subdomain builds on orders and implements it, so orders never name an invoice.
 */
public interface OrderInvoicing {

    /** The order's invoice that is not canceled, if it has one. */
    Optional<InvoiceOfOrder> activeInvoiceOf(UUID orderId);

    /**
     * Invoices what the order bills now (what was delivered once it is fulfilled, all it ordered before), in the
     * caller's transaction; an order fulfilled is Invoiced by it.
     */
    void invoice(SalesOrder order, List<OrderLine> lines);

    /** An invoice of an order, as the order sees it. */
    record InvoiceOfOrder(UUID id, String invoiceNumber, InvoiceState state) {
    }
}
