package io.lead2cash.billing.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.billing.InvoiceLineData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of an invoice: an order line's billed quantity at the order's locked prices. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends BilledLine {

    @Column(name = "invoice_id")
    public UUID invoiceId;

    static InvoiceLine billing(UUID invoiceId, OrderLine orderLine, BigDecimal quantity, int scale) {
        InvoiceLine line = new InvoiceLine();
        line.copyFor(orderLine, quantity, scale);
        line.invoiceId = invoiceId;
        return line;
    }

    public InvoiceLineData data(String currency) {
        return new InvoiceLineData(lineNumber, productId, writeInName, unitId, quantity.stripTrailingZeros(),
                Money.atCurrencyScale(pricePerUnit, currency), Money.atCurrencyScale(volumeDiscount, currency),
                Money.atCurrencyScale(amount, currency), Money.atCurrencyScale(manualDiscount, currency),
                Money.atCurrencyScale(tax, currency), Money.atCurrencyScale(extendedAmount, currency));
    }
}
