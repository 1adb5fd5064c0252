package io.lead2cash.billing.api;

import io.lead2cash.billing.config.Seller;
import io.lead2cash.billing.domain.creditnote.CreditNote;
import io.lead2cash.billing.domain.creditnote.CreditNoteLine;
import io.lead2cash.billing.domain.document.BilledLine;
import io.lead2cash.billing.domain.document.BillingDocument;
import io.lead2cash.billing.domain.invoice.Invoice;
import io.lead2cash.billing.domain.invoice.InvoiceLine;
import io.lead2cash.billing.domain.invoice.Payment;
import io.lead2cash.billing.domain.invoice.Refund;
import io.lead2cash.events.Money;
import io.lead2cash.events.PostalAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders an invoice or a credit note as a printable A4 PDF with Apache PDFBox: seller, customer and bill-to address,
 * number and dates, the lines by product number and name, the header totals, and an invoice's payments and amount
 * due. Long documents continue on further pages.
 */
final class BillingPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 50;
    private static final float[] COLUMNS = {MARGIN, 80, 300, 360, 430, 495};

    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    /** One figure under the lines: detail amount, discount, tax, total, a payment, the amount due. */
    private record Total(String name, BigDecimal value, boolean bold) {
    }

    /**
     * What a printed billing document shows beyond its seller. A class, not a record: a record's public accessors
     * would hand domain types out of the API package.
     */
    private static final class Printed {
        private final String title;
        private final String number;
        private final Map<String, String> labels;
        private final BillingDocument document;
        private final List<? extends BilledLine> lines;
        private final List<Total> totals;
        private final String footer;

        Printed(String title, String number, Map<String, String> labels, BillingDocument document,
                List<? extends BilledLine> lines, List<Total> totals, String footer) {
            this.title = title;
            this.number = number;
            this.labels = labels;
            this.document = document;
            this.lines = lines;
            this.totals = totals;
            this.footer = footer;
        }
    }

    private BillingPdf() {
    }

    /**
     * The invoice: dates and terms, its lines, totals, each payment and refund, the amount due and what is owed back to
     * the customer; a closed one says it needs no payment.
     */
    static byte[] invoice(Invoice invoice, List<InvoiceLine> lines, List<Payment> payments, List<Refund> refunds,
            Seller seller) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("Invoice date", invoice.invoiceDate.toString());
        labels.put("Due date", invoice.dueDate + " (" + invoice.paymentTerms.name().replace('_', ' ').toLowerCase() + ")");
        labels.put("Order", invoice.orderNumber);
        labels.put("Currency", invoice.currency);
        List<Total> totals = headerTotals(invoice);
        if (invoice.creditedAmount.signum() != 0) {
            totals.add(new Total("Credited", invoice.creditedAmount.negate(), false));
        }
        for (Payment payment : payments) {
            String reference = payment.reference == null ? "" : " " + payment.reference;
            totals.add(new Total("Paid " + payment.paidOn + reference, payment.amount.negate(), false));
        }
        for (Refund refund : refunds) {
            String reference = refund.reference == null ? "" : " " + refund.reference;
            totals.add(new Total("Refunded " + refund.paidOn + reference, refund.amount, false));
        }
        if (!payments.isEmpty() || invoice.creditedAmount.signum() != 0) {
            totals.add(new Total("Amount due", invoice.amountDue(), true));
        }
        if (invoice.refundDue().signum() != 0) {
            totals.add(new Total("Owed back to you", invoice.refundDue(), true));
        }
        String footer = invoice.amountDue().signum() == 0 && invoice.creditedAmount.signum() != 0
                ? "Nothing is left to pay on " + invoice.invoiceNumber + "."
                : "Please pay by " + invoice.dueDate + " quoting " + invoice.invoiceNumber + ".";
        return render(new Printed("INVOICE", invoice.invoiceNumber, labels, invoice, lines, totals, footer), seller);
    }

    /** The credit note: the invoice it reverses and why, the credited lines and totals. */
    static byte[] creditNote(CreditNote note, List<CreditNoteLine> lines, Seller seller) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("Date", note.issueDate.toString());
        labels.put("Credits invoice", note.invoiceNumber);
        labels.put("Order", note.orderNumber);
        labels.put("Currency", note.currency);
        List<Total> totals = headerTotals(note);
        totals.set(totals.size() - 1, new Total("Total credited " + note.currency, note.totalAmount, true));
        return render(new Printed("CREDIT NOTE", note.creditNoteNumber, labels, note, lines, totals,
                "Reason: " + note.reason), seller);
    }

    private static List<Total> headerTotals(BillingDocument d) {
        List<Total> totals = new ArrayList<>();
        totals.add(new Total("Detail amount", d.detailAmount, false));
        if (d.totalDiscount.signum() != 0) {
            totals.add(new Total("Discount", d.totalDiscount.negate(), false));
        }
        if (d.freight.signum() != 0) {
            totals.add(new Total("Freight", d.freight, false));
        }
        totals.add(new Total("Tax", d.totalTax, false));
        totals.add(new Total("Total " + d.currency, d.totalAmount, true));
        return totals;
    }

    private static byte[] render(Printed printed, Seller seller) {
        BillingPdf pdf = new BillingPdf();
        try (PDDocument document = pdf.document) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(printed.title.charAt(0) + printed.title.substring(1).toLowerCase() + " " + printed.number);
            info.setAuthor(seller.name());
            pdf.write(printed, seller);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + printed.number, e);
        }
    }

    private void write(Printed printed, Seller seller) throws IOException {
        BillingDocument doc = printed.document;
        newPage();
        text(BOLD, 18, MARGIN, printed.title);
        text(BOLD, 11, 330, printed.number);
        y -= 26;
        float top = y;
        text(BOLD, 10, MARGIN, seller.name());
        for (String line : seller.address().split("\\|")) {
            next(12);
            text(REGULAR, 9, MARGIN, line.trim());
        }
        if (seller.taxId().isPresent()) {
            next(12);
            text(REGULAR, 9, MARGIN, "Tax id: " + seller.taxId().get());
        }
        if (seller.email().isPresent()) {
            next(12);
            text(REGULAR, 9, MARGIN, seller.email().get());
        }
        float bottom = y;
        y = top;
        for (Map.Entry<String, String> label : printed.labels.entrySet()) {
            label(label.getKey(), label.getValue());
        }
        y = Math.min(y, bottom) - 24;
        text(BOLD, 10, MARGIN, "Bill to");
        next(13);
        text(REGULAR, 10, MARGIN, doc.customerName == null ? doc.customerId.toString() : doc.customerName);
        for (String line : addressLines(doc.billToAddress())) {
            next(12);
            text(REGULAR, 9, MARGIN, line);
        }
        y -= 28;

        header();
        for (BilledLine line : printed.lines) {
            if (y < 140) {
                page.close();
                newPage();
                header();
            }
            List<String> name = wrap(line.description(), 215, 3);
            text(REGULAR, 9, COLUMNS[0], String.valueOf(line.lineNumber));
            text(REGULAR, 9, COLUMNS[1], name.get(0));
            right(REGULAR, 9, COLUMNS[3] - 8, line.quantity.stripTrailingZeros().toPlainString());
            right(REGULAR, 9, COLUMNS[4] - 8, amount(line.pricePerUnit.subtract(line.volumeDiscount), doc));
            right(REGULAR, 9, COLUMNS[5] - 8, amount(line.tax, doc));
            right(REGULAR, 9, 545, amount(line.extendedAmount, doc));
            for (String more : name.subList(1, name.size())) {
                next(11);
                text(REGULAR, 9, COLUMNS[1], more);
            }
            next(14);
        }
        if (y < 190) {
            // The totals stay together on one page.
            page.close();
            newPage();
        }
        y -= 10;
        rule();
        y -= 16;
        for (Total total : printed.totals) {
            if (y < 90) {
                page.close();
                newPage();
            }
            total(fit(total.name(), 120), total.value(), doc, total.bold());
        }
        y -= 24;
        text(REGULAR, 8, MARGIN, fit(printed.footer, 490));
    }

    /** The address as a letter prints it: street lines, postal code with city, state or province, country. */
    static List<String> addressLines(PostalAddress a) {
        List<String> lines = new ArrayList<>();
        Stream.of(a.street1(), a.street2()).filter(BillingPdf::present).forEach(lines::add);
        String town = Stream.of(a.postalCode(), a.city()).filter(BillingPdf::present).collect(Collectors.joining(" "));
        Stream.of(town, a.stateOrProvince(), a.country()).filter(BillingPdf::present).forEach(lines::add);
        return lines;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void header() throws IOException {
        text(BOLD, 9, COLUMNS[0], "#");
        text(BOLD, 9, COLUMNS[1], "Product");
        right(BOLD, 9, COLUMNS[3] - 8, "Quantity");
        right(BOLD, 9, COLUMNS[4] - 8, "Unit price");
        right(BOLD, 9, COLUMNS[5] - 8, "Tax");
        right(BOLD, 9, 545, "Amount");
        y -= 6;
        rule();
        y -= 14;
    }

    private void label(String name, String value) throws IOException {
        text(REGULAR, 9, 330, name);
        text(BOLD, 9, 420, value);
        next(13);
    }

    private void total(String name, BigDecimal value, BillingDocument doc, boolean bold) throws IOException {
        text(bold ? BOLD : REGULAR, 10, 330, name);
        right(bold ? BOLD : REGULAR, 10, 545, amount(value, doc));
        next(15);
    }

    private void rule() throws IOException {
        page.moveTo(MARGIN, y);
        page.lineTo(545, y);
        page.setLineWidth(0.5f);
        page.stroke();
    }

    private void next(float by) {
        y -= by;
    }

    private void text(PDType1Font font, float size, float x, String value) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(printable(value));
        page.endText();
    }

    private void right(PDType1Font font, float size, float x, String value) throws IOException {
        text(font, size, x - font.getStringWidth(printable(value)) / 1000 * size, value);
    }

    /** The text in lines at most {@code width} wide, broken between words, the last cut short if more are needed. */
    private static List<String> wrap(String value, float width, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : printable(value).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && REGULAR.getStringWidth(candidate) / 1000 * 9 > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
            kept.add(String.join(" ", lines.subList(maxLines - 1, lines.size())));
            lines = kept;
        }
        List<String> fitted = new ArrayList<>();
        for (String line : lines) {
            fitted.add(fit(line, width));
        }
        return fitted;
    }

    private static String fit(String value, float width) throws IOException {
        String text = printable(value);
        while (REGULAR.getStringWidth(text) / 1000 * 9 > width && text.length() > 3) {
            text = text.substring(0, text.length() - 4) + "...";
        }
        return text;
    }

    private static String amount(BigDecimal value, BillingDocument doc) {
        return Money.atCurrencyScale(value, doc.currency).toPlainString();
    }

    /** The standard fonts encode WinAnsi only; anything else is replaced rather than failing the invoice. */
    private static String printable(String value) {
        StringBuilder text = new StringBuilder();
        value.codePoints().forEach(c -> text.append(c >= 32 && c < 127 || c >= 160 && c < 256 || c == '€'
                ? Character.toString(c) : "?"));
        return text.toString();
    }
}
