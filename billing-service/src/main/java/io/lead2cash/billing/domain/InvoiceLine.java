package io.lead2cash.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of an invoice: an order line's billed quantity at the order's locked prices. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends BilledLine {

    public UUID invoiceId;

    /** How much of the quantity credit notes reversed. */
    public BigDecimal creditedQuantity = BigDecimal.ZERO;

    /** What may still be credited. */
    public BigDecimal creditableQuantity() {
        return quantity.subtract(creditedQuantity);
    }
}
