package io.lead2cash.billing.domain.invoice;

import io.lead2cash.billing.domain.order.OrderDetails;
import io.lead2cash.billing.domain.order.OrderIntake;
import io.lead2cash.billing.domain.order.OrderLine;
import io.lead2cash.billing.domain.order.SalesOrder;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.billing.PaymentTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Builders of valid billing documents for the domain's plain unit tests: an order, its lines, its invoice, money paid
 * on it. It lives with the invoices, the last document it builds; the order's and credit note's tests use it too.
 */
public final class ValidDocuments {

    private ValidDocuments() {
    }

    /** A catalog line of {@code quantity} units at {@code pricePerUnit}, no discount nor tax. */
    public static OrderLine line(int number, String quantity, String pricePerUnit) {
        BigDecimal amount = new BigDecimal(pricePerUnit).multiply(new BigDecimal(quantity)).setScale(2, RoundingMode.HALF_UP);
        return OrderLine.priced(number, UUID.randomUUID(), null, null, new BigDecimal(quantity), null, null,
                new BigDecimal(pricePerUnit), null, amount, amount);
    }

    /** Two lines: 2 × 12.35 and 1 × 10.00, 34.70 in all. */
    public static List<OrderLine> twoLines() {
        return List.of(line(1, "2", "12.35"), line(2, "1", "10.00"));
    }

    /** An active EUR order made directly for an account by alice of the north team, of {@code lines}. */
    public static SalesOrder activeOrder(List<OrderLine> lines) {
        return OrderIntake.direct(new OrderDetails(CustomerType.ACCOUNT, UUID.randomUUID(), "Byron Roasters", null,
                null, "EUR", PaymentTerms.NET_30, null, null, null), PaymentTerms.NET_30, "ORD-000001", "alice", "north",
                lines);
    }

    /** A new (not yet sent) invoice billing what the order bills now: all it ordered, or what was delivered. */
    public static Invoice newInvoice(SalesOrder order, List<OrderLine> lines) {
        Invoice invoice = Invoice.forOrder(order, "INV-2026-000001", LocalDate.of(2026, 12, 7), PaymentTerms.NET_30);
        invoice.bill(order, InvoiceLine.billing(invoice.id, lines, order.currencyDigits()));
        return invoice;
    }

    public static Payment payment(Invoice invoice, String amount) {
        return Payment.of(invoice.id, new BigDecimal(amount), LocalDate.of(2026, 12, 8), "bank", "ben");
    }

    public static Refund refund(Invoice invoice, String amount) {
        return Refund.of(invoice.id, new BigDecimal(amount), LocalDate.of(2026, 12, 9), "bank", "ben");
    }
}
