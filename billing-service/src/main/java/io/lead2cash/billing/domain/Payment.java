package io.lead2cash.billing.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.billing.PaymentData;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A payment received against an invoice, in the invoice's currency. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID invoiceId;
    public BigDecimal amount;
    public LocalDate paidOn;
    public String reference;
    public String recordedBy;
    public Instant recordedAt;

    static Payment of(UUID invoiceId, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy) {
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.invoiceId = invoiceId;
        payment.amount = amount;
        payment.paidOn = paidOn;
        payment.reference = reference;
        payment.recordedBy = recordedBy;
        payment.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return payment;
    }

    public PaymentData data(String currency) {
        return new PaymentData(id, Money.ofNullable(amount, currency), paidOn, reference, recordedBy, recordedAt);
    }
}
