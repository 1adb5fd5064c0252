package io.lead2cash.billing.domain.invoice;

import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.billing.domain.document.BillingDocument;
import io.lead2cash.billing.domain.order.SalesOrder;
import io.lead2cash.events.billing.InvoiceBilled;
import io.lead2cash.events.billing.InvoiceCanceled;
import io.lead2cash.events.billing.InvoiceCreated;
import io.lead2cash.events.billing.InvoiceData;
import io.lead2cash.events.billing.InvoicePaid;
import io.lead2cash.events.billing.InvoiceRefunded;
import io.lead2cash.events.billing.InvoiceState;
import io.lead2cash.events.billing.InvoiceStatusReason;
import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.platform.domain.HeaderTotals;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * An invoice billing an order's customer: numbered gaplessly per year, due after its payment terms. Active (New,
 * Billed) until paid — partly, then completely — or closed by credit notes that leave nothing due (Closed: Credited),
 * or canceled; what was paid and credited beyond its total is owed back to the customer and recorded as refunded.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends BillingDocument {

    public String invoiceNumber;
    public UUID orderId;
    public LocalDate invoiceDate;
    public LocalDate dueDate;
    public BigDecimal amountPaid;
    public BigDecimal creditedAmount = BigDecimal.ZERO;
    public BigDecimal refundedAmount = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    public InvoiceState state;

    @Enumerated(EnumType.STRING)
    public InvoiceStatusReason statusReason;

    /** A new invoice for an order, numbered {@code number}, dated {@code date}; its lines are made by the caller. */
    public static Invoice forOrder(SalesOrder order, String number, LocalDate date, PaymentTerms terms) {
        Invoice invoice = new Invoice();
        invoice.initialise();
        invoice.invoiceNumber = number;
        invoice.orderId = order.id;
        invoice.copyHeaderOf(order);
        invoice.invoiceDate = date;
        invoice.paymentTerms = terms;
        invoice.dueDate = date.plusDays(terms.days());
        invoice.amountPaid = BigDecimal.ZERO;
        invoice.state = InvoiceState.ACTIVE;
        invoice.statusReason = InvoiceStatusReason.NEW;
        return invoice;
    }

    /**
     * Bills the lines. The order's discount percentage and freight apply as they are; its fixed discount amount is
     * prorated to the share of the order's detail amount this invoice bills (all of it when everything was delivered).
     */
    public InvoiceCreated bill(SalesOrder order, List<InvoiceLine> lines) {
        BigDecimal detail = BilledLine.sum(lines, BilledLine::netAmount);
        BigDecimal tax = BilledLine.sum(lines, l -> l.tax);
        BigDecimal fixedDiscount = order.detailAmount.signum() == 0 || detail.compareTo(order.detailAmount) == 0
                ? order.discountAmount
                : order.discountAmount.multiply(detail).divide(order.detailAmount, order.currencyDigits(),
                        RoundingMode.HALF_UP);
        HeaderTotals totals = HeaderTotals.of(detail, tax, order.discountPercentage, fixedDiscount, order.freight,
                order.currencyDigits());
        if (totals.totalAmount().signum() < 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + order.orderNumber
                    + "'s discounts exceed what would be billed; an invoice cannot be negative");
        }
        applyTotals(totals);
        return new InvoiceCreated(UUID.randomUUID(), modifiedAt, data(), lines.stream().map(l -> l.data(currency)).toList());
    }

    @Override
    public UUID orderId() {
        return orderId;
    }

    /** Marks it as sent to the customer. */
    public InvoiceBilled markBilled() {
        if (state != InvoiceState.ACTIVE || statusReason != InvoiceStatusReason.NEW) {
            throw ProblemException.illegalTransition("invoice", state + "/" + statusReason, "mark as billed");
        }
        statusReason = InvoiceStatusReason.BILLED;
        touch();
        return new InvoiceBilled(UUID.randomUUID(), modifiedAt, data());
    }

    /** Records a payment: never more than the amount due; Paid/Partial until it is all paid, then Paid/Complete. */
    public InvoicePaid pay(Payment payment) {
        if (state == InvoiceState.CANCELED || state == InvoiceState.CLOSED || statusReason == InvoiceStatusReason.COMPLETE) {
            throw ProblemException.illegalTransition("invoice", state + "/" + statusReason, "record a payment on");
        }
        requireCurrencyDecimals(payment.amount);
        BigDecimal due = amountDue();
        if (payment.amount.compareTo(due) > 0) {
            throw ProblemException.invalid("amount", "must not exceed the amount due, " + money(due).amount().toPlainString()
                    + " " + currency);
        }
        amountPaid = amountPaid.add(payment.amount);
        state = InvoiceState.PAID;
        statusReason = amountDue().signum() == 0 ? InvoiceStatusReason.COMPLETE : InvoiceStatusReason.PARTIAL;
        touch();
        return new InvoicePaid(UUID.randomUUID(), modifiedAt, data(), payment.data(currency));
    }

    /** Cancels an invoice nothing was paid on. */
    public InvoiceCanceled cancel() {
        if (state != InvoiceState.ACTIVE) {
            throw ProblemException.illegalTransition("invoice", state + "/" + statusReason, "cancel");
        }
        if (creditedAmount.signum() > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Invoice " + invoiceNumber + " has credit notes; credit "
                    + "the rest of it instead of canceling it");
        }
        state = InvoiceState.CANCELED;
        statusReason = InvoiceStatusReason.CANCELED;
        touch();
        return new InvoiceCanceled(UUID.randomUUID(), modifiedAt, data());
    }

    /** What is left to pay: the total less payments and credit notes, never below zero (a refund is owed then). */
    public BigDecimal amountDue() {
        return totalAmount.subtract(amountPaid).subtract(creditedAmount).max(BigDecimal.ZERO);
    }

    /** What the customer is owed back: what was paid and credited beyond the total, less what was refunded. */
    public BigDecimal refundDue() {
        return amountPaid.add(creditedAmount).subtract(totalAmount).max(BigDecimal.ZERO).subtract(refundedAmount)
                .max(BigDecimal.ZERO);
    }

    /** Records money paid back to the customer: never more than the refund due. */
    public InvoiceRefunded refund(Refund refund) {
        if (state == InvoiceState.CANCELED) {
            throw ProblemException.illegalTransition("invoice", state + "/" + statusReason, "refund");
        }
        requireCurrencyDecimals(refund.amount);
        BigDecimal owed = refundDue();
        if (refund.amount.compareTo(owed) > 0) {
            throw ProblemException.invalid("amount", "must not exceed the refund due, " + money(owed).amount()
                    .toPlainString() + " " + currency);
        }
        refundedAmount = refundedAmount.add(refund.amount);
        touch();
        return new InvoiceRefunded(UUID.randomUUID(), modifiedAt, data(), refund.data(currency));
    }

    private void requireCurrencyDecimals(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > Currency.getInstance(currency).getDefaultFractionDigits()) {
            throw ProblemException.invalid("amount", "has more decimals than " + currency + " allows");
        }
    }

    /** A credit note reverses an invoice sent to the customer: billed, or paid in part or in full. */
    public void requireCreditable() {
        if (state == InvoiceState.CANCELED || state == InvoiceState.ACTIVE && statusReason == InvoiceStatusReason.NEW) {
            throw ProblemException.illegalTransition("invoice", state + "/" + statusReason, "credit");
        }
        if (creditedAmount.compareTo(totalAmount) >= 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Invoice " + invoiceNumber + " is credited in full already");
        }
    }

    /**
     * Records what a credit note took off the invoice ({@code amount}, its total). One that leaves nothing due on an
     * invoice that had something due closes it (Closed: Credited): nothing is receivable any more; what was paid beyond
     * the rest is owed back ({@link #refundDue()}). A paid invoice stays Paid: Complete and owes back what is credited.
     */
    public void credited(BigDecimal amount) {
        boolean wasDue = amountDue().signum() > 0;
        creditedAmount = creditedAmount.add(amount);
        if (wasDue && amountDue().signum() == 0) {
            state = InvoiceState.CLOSED;
            statusReason = InvoiceStatusReason.CREDITED;
        }
        touch();
    }

    public InvoiceData data() {
        return new InvoiceData(id, invoiceNumber, orderId, orderNumber, quoteId, opportunityId, customer(), billToAddress(), ownerId,
                owningTeam, currency, invoiceDate, dueDate, paymentTerms, totals(), money(amountPaid), money(amountDue()),
                money(creditedAmount), money(refundedAmount), money(refundDue()), state, statusReason, createdAt, modifiedAt);
    }
}
