package io.lead2cash.catalog.domain.pricing;

import io.lead2cash.catalog.domain.DiscountList;
import io.lead2cash.catalog.domain.PriceList;
import io.lead2cash.catalog.domain.PriceListItem;
import io.lead2cash.catalog.domain.Product;
import io.lead2cash.catalog.domain.Unit;
import io.lead2cash.events.catalog.DiscountType;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.QuantitySellingOption;
import io.lead2cash.platform.domain.HeaderTotals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices lines on a price list as Dynamics 365 does (docs/domain.md, "Catalog and pricing").
 *
 * <p>Arithmetic is exact ({@link BigDecimal}); a margin's division keeps 34 significant digits. Prices per unit and
 * volume discounts per unit are rounded to the pricing decimal precision (0 to 4, Dataverse's; 2 by default), every
 * amount to the price list currency's minor unit (2 for EUR and USD, 0 for JPY), with {@link RoundingMode#HALF_UP}
 * (half away from zero), the one rounding mode of the suite, in this order: price per unit (after the item's rounding
 * policy), volume discount per unit, line amount, percentage discount. So a line's amount is always its quantity times
 * its net price per unit, rounded to the currency.
 *
 * <ul>
 * <li>price per unit by method, p = percentage / 100: amount; list price x p; current cost x (1 + p); current
 * cost / (1 - p); standard cost x (1 + p); standard cost / (1 - p);</li>
 * <li>rounding (all methods but currency amount): up, down or to the nearest multiple of R, or price ending in
 * R (the remainder modulo the smallest power of ten above R, e.g. 0.99 -> x.99, 9.99 -> x9.99);</li>
 * <li>volume discount per unit from the item's discount list band holding the quantity (amount, or
 * percentage of the price per unit), never more than the price per unit;</li>
 * <li>line: amount = (price per unit - volume discount) x quantity; extended = amount - manual discount + tax;</li>
 * <li>a price override replaces the list price: no price list item, rounding or volume discount applies;</li>
 * <li>header: detail = sum of (amount - manual discount); total discount = discount amount + discount
 * percentage x detail; pre-freight = detail - total discount; total = pre-freight + freight + total tax.
 * Lines that cannot be priced are left out of the totals and {@code complete} is false.</li>
 * </ul>
 */
public final class PricingEngine {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final MathContext DIVISION = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PricingEngine() {
    }

    /** @param priceDecimals the pricing decimal precision of prices per unit (amounts keep the currency's) */
    public static PricedCalculation calculate(PriceCalculation request, PricingCatalog catalog, int priceDecimals) {
        Optional<PriceList> list = request.priceListId() == null ? Optional.empty() : catalog.priceList(request.priceListId());
        String currency = list.map(l -> l.currency).orElse(request.currency());
        int scale = currency == null ? 2 : Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        List<PricedCalculation.PricedLine> lines = new ArrayList<>(request.lines().size());
        for (int i = 0; i < request.lines().size(); i++) {
            lines.add(priceLine(i + 1, request.lines().get(i), request, list, catalog, scale, priceDecimals));
        }

        BigDecimal detail = BigDecimal.ZERO.setScale(scale);
        BigDecimal totalTax = BigDecimal.ZERO.setScale(scale);
        boolean complete = true;
        for (PricedCalculation.PricedLine line : lines) {
            if (line.error() != null) {
                complete = false;
                continue;
            }
            detail = detail.add(line.amount()).subtract(line.manualDiscount());
            totalTax = totalTax.add(line.tax());
        }
        HeaderTotals totals = HeaderTotals.of(detail, totalTax, request.discountPercentage(), request.discountAmount(),
                request.freight(), scale);
        return new PricedCalculation(list.map(l -> l.id).orElse(request.priceListId()), currency, lines, totals.detailAmount(),
                totals.discountPercentage(), totals.discountAmount(), totals.totalDiscount(), totals.preFreightAmount(),
                totals.freight(), totals.totalTax(), totals.totalAmount(), complete);
    }

    private static PricedCalculation.PricedLine priceLine(int number, PriceCalculation.Line line, PriceCalculation request,
            Optional<PriceList> list, PricingCatalog catalog, int scale, int priceDecimals) {
        UUID unitId = line.unitId();
        if (request.priceListId() == null) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.NO_PRICE_LIST,
                    "No price list was given");
        }
        if (list.isEmpty()) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.PRICE_LIST_NOT_FOUND,
                    "No price list " + request.priceListId());
        }
        PriceList priceList = list.get();
        if (!priceList.validOn(request.date())) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.PRICE_LIST_NOT_VALID,
                    "Price list " + priceList.name + " is " + priceList.state + " or not valid on " + request.date());
        }
        if (request.currency() != null && !request.currency().equals(priceList.currency)) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.CURRENCY_MISMATCH,
                    "The request is in " + request.currency() + " but price list " + priceList.name + " is in "
                            + priceList.currency);
        }
        Optional<Product> found = catalog.product(line.productId());
        if (found.isEmpty()) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.PRODUCT_NOT_FOUND,
                    "No product " + line.productId());
        }
        Product product = found.get();
        if (product.structure == ProductStructure.FAMILY) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.PRODUCT_IS_FAMILY,
                    product.productNumber + " is a family: price one of its products");
        }
        if (!product.sellable()) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.PRODUCT_NOT_ACTIVE,
                    product.productNumber + " is " + product.state);
        }
        unitId = unitId != null ? unitId : product.defaultUnitId;
        Optional<Unit> unit = unitId == null ? Optional.empty() : catalog.unit(unitId);
        if (unit.isEmpty() || !unit.get().group.id.equals(product.unitGroupId)) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.UNIT_NOT_IN_UNIT_GROUP,
                    "Unit " + unitId + " is not in the unit group of " + product.productNumber);
        }
        BigDecimal quantity = line.quantity();

        BigDecimal ppu;
        BigDecimal volumeDiscount = BigDecimal.ZERO.setScale(priceDecimals);
        if (line.priceOverride() != null) {
            if (decimals(quantity) > product.decimalsSupported) {
                return quantityRefused(number, line, unitId, product, "supports " + product.decimalsSupported + " decimals");
            }
            ppu = line.priceOverride().setScale(priceDecimals, ROUNDING);
        } else {
            Optional<PriceListItem> item = catalog.item(priceList.id, product.id, unitId);
            if (item.isEmpty()) {
                return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.PRODUCT_NOT_ON_PRICE_LIST,
                        product.productNumber + " in unit " + unit.get().name + " is not on price list " + priceList.name);
            }
            PriceListItem it = item.get();
            String refusal = sellingRefusal(it.quantitySellingOption, quantity, product.decimalsSupported);
            if (refusal != null) {
                return quantityRefused(number, line, unitId, product, refusal);
            }
            BigDecimal base;
            try {
                base = basePrice(it, product, priceList.currency);
            } catch (LineRefusal r) {
                return PricedCalculation.PricedLine.failed(number, line, unitId, r.error, r.getMessage());
            }
            BigDecimal rounded = PriceRounding.round(base, it.roundingPolicy, it.roundingOption, it.roundingAmount);
            if (rounded.signum() < 0) {
                return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.INVALID_ROUNDING,
                        "Rounding " + base.stripTrailingZeros().toPlainString() + " " + it.roundingPolicy + " "
                                + it.roundingOption + " " + it.roundingAmount.stripTrailingZeros().toPlainString()
                                + " gives a negative price");
            }
            ppu = rounded.setScale(priceDecimals, ROUNDING);
            Optional<DiscountList> discounts = catalog.discountList(it.discountListId);
            if (discounts.isPresent()) {
                DiscountList d = discounts.get();
                if (d.type == DiscountType.AMOUNT && !priceList.currency.equals(d.currency)) {
                    return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.CURRENCY_MISMATCH,
                            "Discount list " + d.name + " is in " + d.currency + ", price list " + priceList.name + " in "
                                    + priceList.currency);
                }
                BigDecimal perUnit = d.bandFor(quantity).map(band -> d.type == DiscountType.AMOUNT ? band.value
                        : ppu.multiply(band.value).divide(HUNDRED, DIVISION)).orElse(BigDecimal.ZERO);
                volumeDiscount = perUnit.min(ppu).setScale(priceDecimals, ROUNDING);
            }
        }
        BigDecimal amount = ppu.subtract(volumeDiscount).multiply(quantity).setScale(scale, ROUNDING);
        BigDecimal manualDiscount = orZero(line.manualDiscount()).setScale(scale, ROUNDING);
        if (manualDiscount.compareTo(amount) > 0) {
            return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.MANUAL_DISCOUNT_EXCEEDS_AMOUNT,
                    "Manual discount " + manualDiscount.toPlainString() + " exceeds the amount " + amount.toPlainString());
        }
        BigDecimal tax = orZero(line.tax()).setScale(scale, ROUNDING);
        return new PricedCalculation.PricedLine(number, product.id, product.productNumber, product.name, unitId, quantity, ppu, volumeDiscount, amount,
                manualDiscount, tax, amount.subtract(manualDiscount).add(tax), line.priceOverride() != null, null, null);
    }

    /** The unrounded price per unit of an item. */
    static BigDecimal basePrice(PriceListItem item, Product product, String currency) {
        if (item.pricingMethod == io.lead2cash.events.catalog.PricingMethod.CURRENCY_AMOUNT) {
            return item.amount;
        }
        BigDecimal p = item.percentage.divide(HUNDRED, DIVISION);
        BigDecimal reference = switch (item.pricingMethod) {
            case PERCENT_OF_LIST -> product.listPrice;
            case MARKUP_CURRENT_COST, MARGIN_CURRENT_COST -> product.currentCost;
            default -> product.standardCost;
        };
        if (reference == null) {
            throw new LineRefusal(PricingError.MISSING_PRODUCT_PRICE,
                    item.pricingMethod + " needs a price or cost on " + product.productNumber + ", which has none");
        }
        if (!currency.equals(product.priceCurrency)) {
            throw new LineRefusal(PricingError.CURRENCY_MISMATCH, product.productNumber + "'s prices are in "
                    + product.priceCurrency + ", the price list in " + currency);
        }
        return switch (item.pricingMethod) {
            case PERCENT_OF_LIST -> reference.multiply(p);
            case MARKUP_CURRENT_COST, MARKUP_STANDARD_COST -> reference.multiply(BigDecimal.ONE.add(p));
            default -> reference.divide(BigDecimal.ONE.subtract(p), DIVISION);
        };
    }

    private static String sellingRefusal(QuantitySellingOption option, BigDecimal quantity, int decimalsSupported) {
        return switch (option) {
            case WHOLE -> decimals(quantity) > 0 ? "is sold in whole quantities only" : null;
            case WHOLE_AND_FRACTIONAL -> decimals(quantity) > decimalsSupported
                    ? "supports " + decimalsSupported + " decimals" : null;
            default -> null;
        };
    }

    private static PricedCalculation.PricedLine quantityRefused(int number, PriceCalculation.Line line, UUID unitId,
            Product product, String why) {
        return PricedCalculation.PricedLine.failed(number, line, unitId, PricingError.QUANTITY_NOT_ALLOWED,
                "Quantity " + line.quantity().stripTrailingZeros().toPlainString() + ": " + product.productNumber + " " + why);
    }

    private static int decimals(BigDecimal quantity) {
        return Math.max(0, quantity.stripTrailingZeros().scale());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A line that cannot be priced, raised from deep in the calculation. */
    private static final class LineRefusal extends RuntimeException {
        final PricingError error;

        LineRefusal(PricingError error, String message) {
            super(message, null, false, false);
            this.error = error;
        }
    }
}
