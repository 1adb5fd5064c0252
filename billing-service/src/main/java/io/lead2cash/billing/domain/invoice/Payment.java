package io.lead2cash.billing.domain.invoice;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A payment received against an invoice, in the invoice's currency. */
@Entity
@Table(name = "payment")
public class Payment extends InvoiceMoney {

    static Payment of(UUID invoiceId, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy) {
        return new Payment().start(invoiceId, amount, paidOn, reference, recordedBy);
    }
}
