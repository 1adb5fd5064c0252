package io.lead2cash.billing.domain.invoice;

import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.billing.domain.order.OrderLine;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A line of an invoice: an order line's billed quantity at the order's locked prices. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends BilledLine {

    public UUID invoiceId;

    /** How much of the quantity credit notes reversed. */
    public BigDecimal creditedQuantity = BigDecimal.ZERO;

    /**
     * The lines an invoice of an order bills, at the order lines' locked prices: what was delivered once the order is
     * fulfilled, all that was ordered before; a line with nothing to bill is left out.
     */
    static List<InvoiceLine> billing(UUID invoiceId, List<OrderLine> orderLines, int scale) {
        List<InvoiceLine> billed = new ArrayList<>();
        for (OrderLine from : orderLines) {
            BigDecimal quantity = from.fulfilledQuantity != null ? from.fulfilledQuantity : from.quantity;
            if (quantity.signum() > 0) {
                InvoiceLine line = new InvoiceLine();
                line.copyFor(from, quantity, scale);
                line.invoiceId = invoiceId;
                billed.add(line);
            }
        }
        return billed;
    }

    /** What may still be credited. */
    public BigDecimal creditableQuantity() {
        return quantity.subtract(creditedQuantity);
    }
}
