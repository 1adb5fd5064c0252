package io.lead2cash.billing.domain.invoice;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Money paid back to the customer on an invoice that was paid and credited beyond its total. */
@Entity
@Table(name = "refund")
public class Refund extends InvoiceMoney {

    static Refund of(UUID invoiceId, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy) {
        return new Refund().start(invoiceId, amount, paidOn, reference, recordedBy);
    }
}
