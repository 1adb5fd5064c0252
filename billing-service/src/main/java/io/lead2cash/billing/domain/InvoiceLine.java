package io.lead2cash.billing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A line of an invoice: an order line's billed quantity at the order's locked prices. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends BilledLine {

    public UUID invoiceId;
}
