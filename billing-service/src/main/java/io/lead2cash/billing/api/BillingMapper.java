package io.lead2cash.billing.api;

import io.lead2cash.platform.api.AddressView;
import io.lead2cash.billing.domain.creditnote.CreditNote;
import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.billing.domain.invoice.Invoice;
import io.lead2cash.billing.domain.invoice.InvoiceMoney;
import io.lead2cash.billing.domain.order.OrderDetails;
import io.lead2cash.billing.domain.order.OrderLine;
import io.lead2cash.billing.domain.order.OrderLinePricer;
import io.lead2cash.billing.domain.order.SalesOrder;
import io.lead2cash.events.Money;
import io.lead2cash.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps between the billing API's records and the domain; entities never leave through the API. */
final class BillingMapper {

    private BillingMapper() {
    }

    static OrderDetails details(OrderRequest r) {
        return new OrderDetails(r.customerType(), r.customerId(), r.customerName().trim(), null, r.priceListId(),
                r.currency(), r.paymentTerms(), r.discountPercentage(), r.discountAmount(), r.freight());
    }

    static List<OrderLinePricer.NewLine> newLines(OrderRequest r) {
        return newLines(r.lines());
    }

    private static List<OrderLinePricer.NewLine> newLines(List<OrderRequest.Line> lines) {
        return lines.stream().map(l -> new OrderLinePricer.NewLine(l.productId(), l.writeInName(), l.unitId(),
                l.quantity(), l.manualDiscount(), l.tax(), l.priceOverride())).toList();
    }

    static OrderLinePricer.NewLine newLine(OrderRequest.Line l) {
        return newLines(List.of(l)).get(0);
    }

    /** The delivered quantity by line number; no body delivers everything. Naming a line twice is refused. */
    static Map<Integer, BigDecimal> delivered(FulfilRequest body) {
        Map<Integer, BigDecimal> delivered = new HashMap<>();
        if (body != null && body.lines() != null) {
            for (FulfilRequest.Delivered line : body.lines()) {
                if (delivered.put(line.lineNumber(), line.fulfilledQuantity()) != null) {
                    throw ProblemException.invalid("lines", "names line " + line.lineNumber() + " twice");
                }
            }
        }
        return delivered;
    }

    /** The quantity to credit by invoice line number; none: all that is left. Naming a line twice is refused. */
    static Map<Integer, BigDecimal> credited(CreditNoteRequest body) {
        Map<Integer, BigDecimal> credited = new HashMap<>();
        if (body.lines() != null) {
            for (CreditNoteRequest.Credited line : body.lines()) {
                if (credited.put(line.lineNumber(), line.quantity()) != null) {
                    throw ProblemException.invalid("lines", "names line " + line.lineNumber() + " twice");
                }
            }
        }
        return credited;
    }

    static CreditNoteView view(CreditNote n) {
        return new CreditNoteView(n.id, n.creditNoteNumber, n.invoiceId, n.invoiceNumber, n.orderId, n.orderNumber,
                n.opportunityId, n.customerType, n.customerId, n.customerName, AddressView.of(n.billToAddress()), n.ownerId,
                n.owningTeam, n.currency, n.issueDate, n.reason, n.fullCredit, n.issuedBy, n.money(n.detailAmount),
                n.discountPercentage, n.money(n.discountAmount), n.money(n.totalDiscount), n.money(n.preFreightAmount),
                n.money(n.freight), n.money(n.totalTax), n.money(n.totalAmount), n.createdAt, n.version);
    }

    static OrderView view(SalesOrder o) {
        return new OrderView(o.id, o.orderNumber, o.quoteId, o.quoteNumber, o.opportunityId, o.customerType, o.customerId,
                o.customerName, AddressView.of(o.billToAddress()), o.ownerId, o.owningTeam, o.priceListId, o.currency, o.pricesLocked, o.paymentTerms,
                o.money(o.detailAmount), o.discountPercentage, o.money(o.discountAmount), o.money(o.totalDiscount),
                o.money(o.preFreightAmount), o.money(o.freight), o.money(o.totalTax), o.money(o.totalAmount), o.state,
                o.statusReason, o.cancelReason, o.submittedAt, o.fulfilledAt, o.createdAt, o.modifiedAt, o.version);
    }

    static InvoiceView view(Invoice i) {
        return new InvoiceView(i.id, i.invoiceNumber, i.orderId, i.orderNumber, i.quoteId, i.opportunityId, i.customerType,
                i.customerId, i.customerName, AddressView.of(i.billToAddress()), i.ownerId, i.owningTeam, i.currency, i.invoiceDate, i.dueDate, i.paymentTerms,
                i.money(i.detailAmount), i.discountPercentage, i.money(i.discountAmount), i.money(i.totalDiscount),
                i.money(i.preFreightAmount), i.money(i.freight), i.money(i.totalTax), i.money(i.totalAmount),
                i.money(i.amountPaid), i.money(i.creditedAmount), i.money(i.amountDue()), i.money(i.refundedAmount),
                i.money(i.refundDue()), i.state, i.statusReason, i.createdAt, i.modifiedAt, i.version);
    }

    /** An order's or invoice's lines, amounts at the scale of the record's currency. */
    static List<BilledLineView> lines(List<? extends BilledLine> lines, String currency) {
        return lines.stream().map(l -> view(l, currency)).toList();
    }

    static BilledLineView view(BilledLine l, String currency) {
        BigDecimal fulfilled = l instanceof OrderLine o && o.fulfilledQuantity != null ? o.fulfilledQuantity.stripTrailingZeros()
                : null;
        return new BilledLineView(l.id, l.lineNumber, l.productId, l.productNumber, l.productName, l.writeInName, l.unitId, l.quantity.stripTrailingZeros(),
                fulfilled, Money.atCurrencyScale(l.pricePerUnit, currency), Money.atCurrencyScale(l.volumeDiscount, currency),
                Money.atCurrencyScale(l.amount, currency), Money.atCurrencyScale(l.manualDiscount, currency),
                Money.atCurrencyScale(l.tax, currency), Money.atCurrencyScale(l.extendedAmount, currency), l.priceOverridden);
    }

    static List<PaymentView> payments(List<? extends InvoiceMoney> payments, String currency) {
        return payments.stream().map(p -> view(p, currency)).toList();
    }

    static PaymentView view(InvoiceMoney p, String currency) {
        return new PaymentView(p.id, p.invoiceId, Money.ofNullable(p.amount, currency), p.paidOn, p.reference, p.recordedBy,
                p.recordedAt);
    }
}
