package io.lead2cash.platform.domain;

import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dynamics 365's "Override pricing" privilege, checked wherever a line is priced by a user (opportunity, quote and
 * order lines): without it, a catalog product's price cannot be set by hand, nor a manual discount given beyond the
 * configured share of the line's amount (403). A line that keeps what it had (a copy, a change of its quantity) is
 * not asked again. Write-in products are priced by hand by design: their price is not checked.
 */
@ApplicationScoped
public class PricingPrivilege {

    @Inject CurrentUser user;
    @Inject PricingPolicy policy;

    /** Whether the caller holds the privilege. */
    public boolean held() {
        return policy.overrideRoles().stream().anyMatch(user::hasRole);
    }

    /** Refuses (403) a new price override of a catalog product by a caller without the privilege. */
    public void checkOverride(String field, boolean catalogProduct, BigDecimal priceOverride, BigDecimal before) {
        if (!catalogProduct || priceOverride == null || same(priceOverride, before) || held()) {
            return;
        }
        throw ProblemException.forbidden(field + ": overriding a catalog price needs the Override pricing privilege ("
                + String.join(", ", policy.overrideRoles()) + ")");
    }

    /**
     * Refuses (403) a new manual discount on a catalog line above the free share of its {@code amount} by a caller
     * without the privilege.
     */
    public void checkDiscount(String field, boolean catalogProduct, BigDecimal manualDiscount, BigDecimal before,
            BigDecimal amount) {
        if (!catalogProduct || manualDiscount == null || amount == null || same(manualDiscount, before) || held()) {
            return;
        }
        BigDecimal free = amount.multiply(policy.freeDiscountPercent()).divide(BigDecimal.valueOf(100), 4,
                RoundingMode.DOWN);
        if (manualDiscount.compareTo(free) > 0) {
            throw ProblemException.forbidden(field + ": a manual discount above " + policy.freeDiscountPercent()
                    .stripTrailingZeros().toPlainString() + " % of the line's amount (" + free.stripTrailingZeros()
                    .toPlainString() + ") needs the Override pricing privilege");
        }
    }

    private static boolean same(BigDecimal value, BigDecimal before) {
        return before != null && value.compareTo(before) == 0;
    }
}
