package io.lead2cash.catalog.domain.pricing;

import io.lead2cash.catalog.domain.DiscountList;
import io.lead2cash.catalog.domain.PriceList;
import io.lead2cash.catalog.domain.PriceListItem;
import io.lead2cash.catalog.domain.Product;
import io.lead2cash.catalog.domain.Unit;
import io.lead2cash.catalog.domain.UnitGroup;
import io.lead2cash.events.Money;
import io.lead2cash.events.catalog.DiscountType;
import io.lead2cash.events.catalog.PriceListState;
import io.lead2cash.events.catalog.PricingMethod;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.ProductType;
import io.lead2cash.events.catalog.QuantitySellingOption;
import io.lead2cash.events.catalog.RoundingOption;
import io.lead2cash.events.catalog.RoundingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small catalogs for the engine's worked examples: a EUR price list and products sold by the kilo. */
final class Catalogs {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final UnitGroup weight = UnitGroup.create("Coffee weight", "kg");
    final Unit kg = weight.units.get(0);
    final Unit bag = weight.addUnit("bag 250 g", new BigDecimal("0.25"), kg.id);
    final PriceList eur = PriceList.create("EUR", new PriceList.Details("Retail EUR", null, null, null, PriceListState.ACTIVE));
    final PricingCatalog catalog = new PricingCatalog().with(eur).withUnits(weight.units);

    Product product(String number, Money list, Money current, Money standard, int decimals) {
        Product p = Product.create(ProductStructure.PRODUCT, new Product.Details(number, number, null,
                ProductType.SALES_INVENTORY, weight.id, kg.id, list, current, standard, decimals, null, null, null, List.of()));
        p.publish();
        catalog.withProducts(List.of(p));
        return p;
    }

    PriceListItem item(Product product, PriceListItem.Pricing pricing) {
        PriceListItem item = PriceListItem.create(eur.id, product.id, kg.id, pricing);
        catalog.withItems(List.of(item));
        return item;
    }

    static PriceListItem.Pricing amount(String amount, QuantitySellingOption option, DiscountList discounts) {
        return new PriceListItem.Pricing(PricingMethod.CURRENCY_AMOUNT, new BigDecimal(amount), null, RoundingPolicy.NONE,
                null, null, option, discounts == null ? null : discounts.id);
    }

    static PriceListItem.Pricing percentOfList(String percentage, RoundingPolicy policy, RoundingOption option,
            String roundingAmount) {
        return new PriceListItem.Pricing(PricingMethod.PERCENT_OF_LIST, null, new BigDecimal(percentage), policy, option,
                roundingAmount == null ? null : new BigDecimal(roundingAmount), QuantitySellingOption.NO_CONTROL, null);
    }

    DiscountList discounts(DiscountType type, String currency, String... bands) {
        List<DiscountList.Band> parsed = java.util.Arrays.stream(bands).map(b -> {
            String[] parts = b.split("[.]{2}|->");
            return new DiscountList.Band(new BigDecimal(parts[0].trim()), new BigDecimal(parts[1].trim()),
                    new BigDecimal(parts[2].trim()));
        }).toList();
        DiscountList list = DiscountList.create("Volume", type, currency, parsed);
        catalog.withDiscountLists(List.of(list));
        return list;
    }

    static PriceCalculation.Line line(Product product, String quantity) {
        return new PriceCalculation.Line(product.id, null, new BigDecimal(quantity), null, null, null);
    }

    PricedCalculation price(PriceCalculation.Line... lines) {
        return priceAt(2, lines);
    }

    /** Priced with a pricing decimal precision of {@code priceDecimals}. */
    PricedCalculation priceAt(int priceDecimals, PriceCalculation.Line... lines) {
        return PricingEngine.calculate(new PriceCalculation(eur.id, null, TODAY, List.of(lines), null, null, null), catalog,
                priceDecimals);
    }
}
