package io.lead2cash.catalog.domain;

import io.lead2cash.events.catalog.PriceListItemData;
import io.lead2cash.events.catalog.PriceListItemRemoved;
import io.lead2cash.events.catalog.PriceListItemSet;
import io.lead2cash.events.catalog.PricingMethod;
import io.lead2cash.events.catalog.QuantitySellingOption;
import io.lead2cash.events.catalog.RoundingOption;
import io.lead2cash.events.catalog.RoundingPolicy;
import io.lead2cash.platform.domain.TrackedEntity;
import io.lead2cash.platform.problem.Problem;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How one product in one unit is priced on a price list (one item per product and unit). */
@Entity
@Table(name = "price_list_item")
public class PriceListItem extends TrackedEntity {

    public UUID priceListId;
    public UUID productId;
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    public PricingMethod pricingMethod;

    public BigDecimal amount;
    public BigDecimal percentage;

    @Enumerated(EnumType.STRING)
    public RoundingPolicy roundingPolicy;

    @Enumerated(EnumType.STRING)
    public RoundingOption roundingOption;

    public BigDecimal roundingAmount;

    @Enumerated(EnumType.STRING)
    public QuantitySellingOption quantitySellingOption;

    public UUID discountListId;

    /** The pricing a catalog manager sets; which fields are needed depends on the method and rounding. */
    public record Pricing(PricingMethod pricingMethod, BigDecimal amount, BigDecimal percentage, RoundingPolicy roundingPolicy,
            RoundingOption roundingOption, BigDecimal roundingAmount, QuantitySellingOption quantitySellingOption,
            UUID discountListId) {
    }

    public static PriceListItem create(UUID priceListId, UUID productId, UUID unitId, Pricing pricing) {
        PriceListItem item = new PriceListItem();
        item.initialise();
        item.priceListId = priceListId;
        item.productId = productId;
        item.unitId = unitId;
        item.apply(pricing);
        return item;
    }

    public PriceListItemSet update(Pricing pricing) {
        apply(pricing);
        touch();
        return set();
    }

    public PriceListItemSet set() {
        return new PriceListItemSet(UUID.randomUUID(), modifiedAt, data());
    }

    public PriceListItemRemoved removed() {
        return new PriceListItemRemoved(UUID.randomUUID(), now(), data());
    }

    private void apply(Pricing p) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (p.pricingMethod() == PricingMethod.CURRENCY_AMOUNT) {
            if (p.amount() == null) {
                errors.add(new Problem.FieldError("amount", "is required for CURRENCY_AMOUNT"));
            }
        } else if (p.percentage() == null) {
            errors.add(new Problem.FieldError("percentage", "is required for " + p.pricingMethod()));
        } else if (isMargin(p.pricingMethod()) && p.percentage().compareTo(new BigDecimal("100")) >= 0) {
            errors.add(new Problem.FieldError("percentage", "must be below 100 for a margin"));
        }
        RoundingPolicy policy = p.roundingPolicy() == null ? RoundingPolicy.NONE : p.roundingPolicy();
        if (policy != RoundingPolicy.NONE) {
            if (p.pricingMethod() == PricingMethod.CURRENCY_AMOUNT) {
                errors.add(new Problem.FieldError("roundingPolicy", "must be NONE for CURRENCY_AMOUNT (the amount is the price)"));
            }
            if (p.roundingOption() == null) {
                errors.add(new Problem.FieldError("roundingOption", "is required when rounding (MULTIPLE_OF or ENDS_IN)"));
            }
            if (p.roundingAmount() == null || p.roundingAmount().signum() <= 0) {
                errors.add(new Problem.FieldError("roundingAmount", "must be greater than 0 when rounding"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() == 1
                    ? errors.get(0).field() + " " + errors.get(0).rule() : "The pricing is not valid", errors, Map.of());
        }
        pricingMethod = p.pricingMethod();
        amount = p.pricingMethod() == PricingMethod.CURRENCY_AMOUNT ? p.amount() : null;
        percentage = p.pricingMethod() == PricingMethod.CURRENCY_AMOUNT ? null : p.percentage();
        roundingPolicy = policy;
        roundingOption = policy == RoundingPolicy.NONE ? null : p.roundingOption();
        roundingAmount = policy == RoundingPolicy.NONE ? null : p.roundingAmount();
        quantitySellingOption = p.quantitySellingOption() == null ? QuantitySellingOption.NO_CONTROL : p.quantitySellingOption();
        discountListId = p.discountListId();
    }

    static boolean isMargin(PricingMethod method) {
        return method == PricingMethod.MARGIN_CURRENT_COST || method == PricingMethod.MARGIN_STANDARD_COST;
    }

    public PriceListItemData data() {
        return new PriceListItemData(id, priceListId, productId, unitId, pricingMethod, amount, percentage, roundingPolicy,
                roundingOption, roundingAmount, quantitySellingOption, discountListId);
    }
}
