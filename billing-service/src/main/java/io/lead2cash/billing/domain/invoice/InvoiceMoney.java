package io.lead2cash.billing.domain.invoice;

import io.lead2cash.events.Money;
import io.lead2cash.events.billing.PaymentData;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Money that moved on an invoice, in the invoice's currency: a payment received, or a refund paid back. */
@MappedSuperclass
public abstract class InvoiceMoney extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID invoiceId;
    public BigDecimal amount;
    public LocalDate paidOn;
    public String reference;
    public String recordedBy;
    public Instant recordedAt;

    /** Fills in a new movement of {@code amount} on the invoice, recorded now by {@code recordedBy}. */
    protected <M extends InvoiceMoney> M start(UUID invoiceId, BigDecimal amount, LocalDate paidOn, String reference,
            String recordedBy) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        M self = (M) this;
        return self;
    }

    public PaymentData data(String currency) {
        return new PaymentData(id, Money.ofNullable(amount, currency), paidOn, reference, recordedBy, recordedAt);
    }
}
