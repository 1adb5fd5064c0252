package io.lead2cash.opportunity.domain.line;

import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.domain.PricingPrivilege;
import io.lead2cash.platform.domain.TrackedEntity;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Editing the product lines of a record, written once for opportunities and quotes: read, add, change, remove and
 * reprice. The record's own subdomain says who may see and change it, when its lines may change, and what a
 * change of its lines means to it (an opportunity's revenue and event, a quote's totals).
 *
 * @param <R> the record that carries the lines
 * @param <L> its kind of line
 */
public abstract class ProductLines<R extends TrackedEntity & LineHolder, L extends PricedLine> {

    private static final String CHANGE = "change the lines of";

    @Inject protected PricingPrivilege privilege;

    /** The record, if the caller may see it (404, 403 otherwise). */
    protected abstract R readable(UUID recordId);

    /** The record, if the caller may change it (404, 403 otherwise). */
    protected abstract R changeable(UUID recordId);

    /** Refuses the action unless the record's state lets its lines change (409). */
    protected abstract void requireEditable(R record, String action);

    /** "opportunity" or "quote", as a missing line is reported. */
    protected abstract String recordKind();

    /** The record's lines in order. */
    protected abstract List<L> linesOf(UUID recordId);

    /** The record's line with this id, or null. */
    protected abstract L lineOf(UUID recordId, UUID lineId);

    protected abstract L newLine(R record, int lineNumber, PricedLine.Details details);

    /** Prices lines of the record on its terms. */
    protected abstract void price(R record, List<L> lines);

    /**
     * What follows once the record's lines changed; {@code lines} are all of them, as they are now; {@code byCaller}
     * unless the catalog priced them again.
     */
    protected abstract void linesChanged(R record, List<L> lines, boolean byCaller);

    public List<L> lines(UUID recordId) {
        readable(recordId);
        return linesOf(recordId);
    }

    public L line(UUID recordId, UUID lineId) {
        readable(recordId);
        L line = lineOf(recordId, lineId);
        if (line == null) {
            throw ProblemException.notFound("line on " + recordKind() + " " + recordId, lineId);
        }
        return line;
    }

    /** The currency the record's lines are shown in. */
    public String currency(UUID recordId) {
        return readable(recordId).currency();
    }

    /** Adds a line and prices it; when the catalog is unreachable the line is kept, flagged unpriced. */
    @Transactional
    public L add(UUID recordId, PricedLine.Details details) {
        R record = editable(recordId, CHANGE);
        checkLine(details);
        privilege.checkOverride("priceOverride", details.productId() != null, details.priceOverride(), null);
        List<L> lines = linesOf(recordId);
        L line = newLine(record, lines.isEmpty() ? 1 : lines.get(lines.size() - 1).lineNumber + 1, details);
        line.persist();
        price(record, List.of(line));
        checkDiscount(line, null, null);
        changed(record, true);
        return line;
    }

    /** Replaces a line's details and prices it again. */
    @Transactional
    public L change(UUID recordId, UUID lineId, ExpectedVersion expected, PricedLine.Details details) {
        R record = editable(recordId, CHANGE);
        L line = line(recordId, lineId);
        line.checkVersion(expected);
        checkLine(details);
        // What the line had counts only for the same catalog product: another product, or a write-in made a catalog
        // product, is priced afresh.
        boolean sameProduct = !line.writeIn() && line.productId.equals(details.productId());
        privilege.checkOverride("priceOverride", details.productId() != null, details.priceOverride(),
                sameProduct ? line.priceOverride : null);
        boolean samePrice = sameProduct && Objects.equals(line.unitId, details.unitId()) && same(line.quantity,
                details.quantity()) && same(line.manualDiscount, details.manualDiscount())
                && same(line.priceOverride, details.priceOverride());
        BigDecimal discountBefore = sameProduct && line.priced() ? line.manualDiscount : null;
        BigDecimal amountBefore = sameProduct && line.priced() ? line.amount : null;
        line.change(details);
        price(record, List.of(line));
        if (!samePrice) {
            checkDiscount(line, discountBefore, amountBefore);
        }
        changed(record, true);
        Panache.flush();
        return line;
    }

    @Transactional
    public void remove(UUID recordId, UUID lineId, ExpectedVersion expected) {
        R record = editable(recordId, CHANGE);
        L line = line(recordId, lineId);
        line.checkVersion(expected);
        line.delete();
        changed(record, true);
    }

    /** Prices every line again, e.g. after the catalog was unreachable or the price list changed. */
    @Transactional
    public R reprice(UUID recordId) {
        R record = editable(recordId, "reprice");
        price(record, linesOf(recordId));
        changed(record, false);
        return record;
    }

    private R editable(UUID recordId, String action) {
        R record = changeable(recordId);
        requireEditable(record, action);
        return record;
    }

    private void changed(R record, boolean byCaller) {
        Panache.flush();
        linesChanged(record, linesOf(record.id), byCaller);
    }

    /**
     * Refuses (403) a manual discount on a catalog line taking more of its amount than the free share and than before
     * to a caller without the Override pricing privilege; while the catalog cannot price the line the share cannot be
     * known (503).
     */
    private void checkDiscount(L line, BigDecimal discountBefore, BigDecimal amountBefore) {
        if (line.writeIn() || line.manualDiscount == null || line.manualDiscount.signum() <= 0 || privilege.held()) {
            return;
        }
        if (!line.priced()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "The catalog cannot price the line now, so its manual "
                    + "discount cannot be checked against the share you may give; nothing was changed, retry later")
                    .withHeader("Retry-After", "2");
        }
        privilege.checkDiscount("manualDiscount", true, line.manualDiscount, line.amount, discountBefore, amountBefore);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null || b.signum() == 0 : b == null ? a.signum() == 0 : a.compareTo(b) == 0;
    }

    private static void checkLine(PricedLine.Details d) {
        if ((d.productId() == null) == (d.writeInName() == null || d.writeInName().isBlank())) {
            throw ProblemException.invalid("productId", "or writeInName must be given, not both");
        }
        if (d.productId() == null && d.priceOverride() == null) {
            throw ProblemException.invalid("priceOverride", "is required for a write-in product (it is its price per unit)");
        }
    }
}
