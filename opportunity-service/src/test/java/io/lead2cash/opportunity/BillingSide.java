package io.lead2cash.opportunity;

import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.PricedTotals;
import io.lead2cash.events.billing.InvoiceData;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.InvoiceStatusReason;
import io.lead2cash.events.billing.PaymentTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The billing-service as this service sees it: the invoices its events carry. */
final class BillingSide {

    private BillingSide() {
    }

    /** A new, unpaid invoice of {@code total} EUR for the deal, owned by {@code owner} of {@code team}. */
    static InvoiceData invoice(UUID id, UUID opportunity, String number, String owner, String team, UUID customer,
            String total) {
        Money amount = Money.of(total, "EUR");
        Money zero = Money.of("0.00", "EUR");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new InvoiceData(id, number, UUID.randomUUID(), "ORD-" + number.substring(number.length() - 6), null,
                opportunity, new CustomerReference(CustomerType.ACCOUNT, customer, "Café Lumière"), PostalAddress.NONE,
                owner, team, "EUR", LocalDate.now(), LocalDate.now().plusDays(30), PaymentTerms.NET_30,
                new PricedTotals(amount, BigDecimal.ZERO, zero, zero, amount, zero, zero, amount), zero, amount, zero, zero,
                zero, InvoiceState.ACTIVE, InvoiceStatusReason.NEW, now, now);
    }
}
