package io.lead2cash.billing.api;

import io.lead2cash.billing.config.Seller;
import io.lead2cash.billing.domain.Invoice;
import io.lead2cash.billing.domain.InvoiceLine;
import io.lead2cash.billing.domain.Payment;
import io.lead2cash.events.Money;
import io.lead2cash.events.PostalAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * Renders an invoice as a printable A4 PDF with Apache PDFBox: seller, customer and bill-to address, number and dates,
 * the lines by product number and name,
 * the header totals and the amount due. Long invoices continue on further pages.
 */
final class InvoicePdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 50;
    private static final float[] COLUMNS = {MARGIN, 80, 300, 360, 430, 495};

    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    private InvoicePdf() {
    }

    static byte[] render(Invoice invoice, List<InvoiceLine> lines, List<Payment> payments, Seller seller) {
        InvoicePdf pdf = new InvoicePdf();
        try (PDDocument document = pdf.document) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Invoice " + invoice.invoiceNumber);
            info.setAuthor(seller.name());
            pdf.write(invoice, lines, payments, seller);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render invoice " + invoice.invoiceNumber, e);
        }
    }

    private void write(Invoice invoice, List<InvoiceLine> lines, List<Payment> payments, Seller seller) throws IOException {
        newPage();
        text(BOLD, 18, MARGIN, "INVOICE");
        text(BOLD, 11, 330, invoice.invoiceNumber);
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
        label("Invoice date", invoice.invoiceDate.toString());
        label("Due date", invoice.dueDate + " (" + invoice.paymentTerms.name().replace('_', ' ').toLowerCase() + ")");
        label("Order", invoice.orderNumber);
        label("Currency", invoice.currency);
        y = Math.min(y, bottom) - 24;
        text(BOLD, 10, MARGIN, "Bill to");
        next(13);
        text(REGULAR, 10, MARGIN, invoice.customerName == null ? invoice.customerId.toString() : invoice.customerName);
        for (String line : addressLines(invoice.billToAddress())) {
            next(12);
            text(REGULAR, 9, MARGIN, line);
        }
        y -= 28;

        header();
        for (InvoiceLine line : lines) {
            if (y < 140) {
                page.close();
                newPage();
                header();
            }
            List<String> name = wrap(line.description(), 215, 3);
            text(REGULAR, 9, COLUMNS[0], String.valueOf(line.lineNumber));
            text(REGULAR, 9, COLUMNS[1], name.get(0));
            right(REGULAR, 9, COLUMNS[3] - 8, line.quantity.stripTrailingZeros().toPlainString());
            right(REGULAR, 9, COLUMNS[4] - 8, amount(line.pricePerUnit.subtract(line.volumeDiscount), invoice));
            right(REGULAR, 9, COLUMNS[5] - 8, amount(line.tax, invoice));
            right(REGULAR, 9, 545, amount(line.extendedAmount, invoice));
            for (String more : name.subList(1, name.size())) {
                next(11);
                text(REGULAR, 9, COLUMNS[1], more);
            }
            next(14);
        }
        if (y < 190) {
            // The totals and the payment line stay together on one page.
            page.close();
            newPage();
        }
        y -= 10;
        rule();
        y -= 16;
        total("Detail amount", invoice.detailAmount, invoice, false);
        if (invoice.totalDiscount.signum() != 0) {
            total("Discount", invoice.totalDiscount.negate(), invoice, false);
        }
        if (invoice.freight.signum() != 0) {
            total("Freight", invoice.freight, invoice, false);
        }
        total("Tax", invoice.totalTax, invoice, false);
        total("Total " + invoice.currency, invoice.totalAmount, invoice, true);
        if (invoice.amountPaid.signum() != 0) {
            for (Payment payment : payments) {
                if (y < 90) {
                    page.close();
                    newPage();
                }
                String reference = payment.reference == null ? "" : " " + fit(payment.reference, 55);
                total("Paid " + payment.paidOn + reference, payment.amount.negate(), invoice, false);
            }
            total("Amount due", invoice.amountDue(), invoice, true);
        }
        y -= 24;
        text(REGULAR, 8, MARGIN, "Please pay by " + invoice.dueDate + " quoting " + invoice.invoiceNumber + ".");
    }

    /** The address as a letter prints it: street lines, postal code with city, state or province, country. */
    static List<String> addressLines(PostalAddress a) {
        List<String> lines = new ArrayList<>();
        Stream.of(a.street1(), a.street2()).filter(InvoicePdf::present).forEach(lines::add);
        String town = Stream.of(a.postalCode(), a.city()).filter(InvoicePdf::present).collect(Collectors.joining(" "));
        Stream.of(town, a.stateOrProvince(), a.country()).filter(InvoicePdf::present).forEach(lines::add);
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

    private void total(String name, BigDecimal value, Invoice invoice, boolean bold) throws IOException {
        text(bold ? BOLD : REGULAR, 10, 360, name);
        right(bold ? BOLD : REGULAR, 10, 545, amount(value, invoice));
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

    private static String amount(BigDecimal value, Invoice invoice) {
        return Money.atCurrencyScale(value, invoice.currency).toPlainString();
    }

    /** The standard fonts encode WinAnsi only; anything else is replaced rather than failing the invoice. */
    private static String printable(String value) {
        StringBuilder text = new StringBuilder();
        value.codePoints().forEach(c -> text.append(c >= 32 && c < 127 || c >= 160 && c < 256 || c == '€'
                ? Character.toString(c) : "?"));
        return text.toString();
    }
}
