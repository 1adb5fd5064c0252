package io.lead2cash.platform.domain;

import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dynamics 365's "Override pricing" privilege, checked wherever a user prices a line or discounts a document
 * (opportunity, quote and order lines, quote and order headers): without it, a catalog product's price cannot be set
 * by hand, nor a discount leave a line's (or a document's detail) amount with a larger share off than the configured
 * free share, or than it had before the change (403). What a line had is only what it had as a line of the same catalog
 * product: a line that becomes another product, or a write-in that becomes a catalog product, starts afresh. Write-in
 * products are priced by hand by design: their price and discount are not checked.
 */
@ApplicationScoped
public class PricingPrivilege {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject CurrentUser user;
    @Inject PricingPolicy policy;

    /** Whether the caller holds the privilege. */
    public boolean held() {
        return policy.overrideRoles().stream().anyMatch(user::hasRole);
    }

    /**
     * Refuses (403) a price override of a catalog product by a caller without the privilege, unless the line had that
     * very override already: {@code before} is its override as a line of the same catalog product, null otherwise.
     */
    public void checkOverride(String field, boolean catalogProduct, BigDecimal priceOverride, BigDecimal before) {
        if (!catalogProduct || priceOverride == null || (before != null && priceOverride.compareTo(before) == 0)
                || held()) {
            return;
        }
        throw ProblemException.forbidden(field + ": overriding a catalog price needs the Override pricing privilege ("
                + String.join(", ", policy.overrideRoles()) + ")");
    }

    /**
     * Refuses (403) a manual discount on a catalog line that takes more of its {@code amount} than the free share, and
     * more than it took before ({@code discountBefore} of {@code amountBefore}, the same catalog line's; nulls for a new
     * line), to a caller without the privilege. A discount the line keeps while its amount falls takes more of it.
     */
    public void checkDiscount(String field, boolean catalogProduct, BigDecimal discount, BigDecimal amount,
            BigDecimal discountBefore, BigDecimal amountBefore) {
        if (!catalogProduct || withinShare(discount, amount, discountBefore, amountBefore)) {
            return;
        }
        throw ProblemException.forbidden(field + ": a manual discount above " + percent() + " % of the line's amount ("
                + free(amount).toPlainString() + ") needs the Override pricing privilege");
    }

    /**
     * Refuses (403) a document's header discount (its percentage and amount together, {@code discount}) that takes more
     * of its {@code detail} amount than the free share, and more than it took before, to a caller without the
     * privilege: a fixed discount amount kept while lines are removed takes more of what is left.
     */
    public void checkHeaderDiscount(String field, BigDecimal discount, BigDecimal detail, BigDecimal discountBefore,
            BigDecimal detailBefore) {
        if (withinShare(discount, detail, discountBefore, detailBefore)) {
            return;
        }
        throw ProblemException.forbidden(field + ": a discount above " + percent() + " % of the detail amount ("
                + free(detail).toPlainString() + ") needs the Override pricing privilege");
    }

    private boolean withinShare(BigDecimal discount, BigDecimal amount, BigDecimal discountBefore, BigDecimal amountBefore) {
        if (discount == null || discount.signum() <= 0 || amount == null) {
            return true;
        }
        if (discount.multiply(HUNDRED).compareTo(amount.multiply(policy.freeDiscountPercent())) <= 0) {
            return true;
        }
        boolean notLarger = discountBefore != null && amountBefore != null && amountBefore.signum() > 0
                && discount.multiply(amountBefore).compareTo(discountBefore.multiply(amount)) <= 0;
        return notLarger || held();
    }

    private String percent() {
        return policy.freeDiscountPercent().stripTrailingZeros().toPlainString();
    }

    private BigDecimal free(BigDecimal amount) {
        return amount.multiply(policy.freeDiscountPercent()).divide(HUNDRED, 4, RoundingMode.DOWN).stripTrailingZeros();
    }
}
