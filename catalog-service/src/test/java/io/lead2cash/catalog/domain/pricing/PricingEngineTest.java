package io.lead2cash.catalog.domain.pricing;

import static io.lead2cash.catalog.domain.pricing.Catalogs.amount;
import static io.lead2cash.catalog.domain.pricing.Catalogs.line;
import static io.lead2cash.catalog.domain.pricing.Catalogs.percentOfList;
import static org.assertj.core.api.Assertions.assertThat;

import io.lead2cash.catalog.domain.DiscountList;
import io.lead2cash.catalog.domain.PriceListItem;
import io.lead2cash.catalog.domain.Product;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of the pricing rules; every expected figure can be checked by hand. */
class PricingEngineTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/pricing/price-per-unit.csv", numLinesToSkip = 1)
    void pricePerUnitFollowsTheMethodAndTheRounding(String description, PricingMethod method, BigDecimal amount,
            BigDecimal percentage, String list, String current, String standard, RoundingPolicy policy,
            RoundingOption option, BigDecimal roundingAmount, String expected) {
        Catalogs c = new Catalogs();
        Product product = c.product("P-1", eur(list), eur(current), eur(standard), 0);
        c.item(product, new PriceListItem.Pricing(method, amount, percentage, policy, option, roundingAmount,
                QuantitySellingOption.NO_CONTROL, null));

        PricedCalculation.PricedLine priced = c.price(line(product, "1")).lines().get(0);

        assertThat(priced.error()).as(priced.errorMessage()).isNull();
        assertThat(priced.pricePerUnit()).isEqualByComparingTo(expected);
        assertThat(priced.pricePerUnit().scale()).as("EUR has 2 decimals").isEqualTo(2);
        assertThat(priced.productNumber()).as("the line names what was priced, for the documents").isEqualTo("P-1");
    }

    @ParameterizedTest(name = "precision {0}: 12.34567 a kilo, 20% off by volume, 3.333333 kg: {1} - {2}, amount {3}")
    @CsvSource({
        "0, 12,      2,      33.33",
        "2, 12.35,   2.47,   32.93",
        "4, 12.3457, 2.4691, 32.92"})
    void pricesPerUnitKeepThePricingDecimalPrecisionAndTheAmountIsQuantityTimesNetPriceInTheCurrency(int decimals,
            String price, String discount, String amount) {
        Catalogs c = new Catalogs();
        Product product = c.product("P-1", eur("12.34567"), null, null, 6);
        DiscountList bands = c.discounts(DiscountType.PERCENTAGE, null, "1..999->20");
        c.item(product, new PriceListItem.Pricing(PricingMethod.PERCENT_OF_LIST, null, new BigDecimal("100"),
                RoundingPolicy.NONE, null, null, QuantitySellingOption.WHOLE_AND_FRACTIONAL, bands.id));

        PricedCalculation.PricedLine priced = c.priceAt(decimals, line(product, "3.333333")).lines().get(0);

        assertThat(priced.error()).as(priced.errorMessage()).isNull();
        assertThat(priced.pricePerUnit()).isEqualByComparingTo(price);
        assertThat(priced.pricePerUnit().scale()).isEqualTo(decimals);
        assertThat(priced.volumeDiscountPerUnit()).isEqualByComparingTo(discount);
        assertThat(priced.amount()).isEqualByComparingTo(amount).satisfies(a -> assertThat(a.scale()).isEqualTo(2));
        assertThat(priced.pricePerUnit().subtract(priced.volumeDiscountPerUnit()).multiply(new BigDecimal("3.333333"))
                .setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo(priced.amount());
    }

    @ParameterizedTest(name = "{0} x 20.00 with bands 1..9 0%, 10..49 5%, 50..999 10%: discount {1}, amount {2}")
    @CsvSource({
        "9,    0.00, 180.00",
        "10,   1.00, 190.00",
        "49,   1.00, 931.00",
        "49.5, 0.00, 990.00",
        "50,   2.00, 900.00",
        "999,  2.00, 17982.00",
        "1000, 0.00, 20000.00"})
    void percentageVolumeDiscountComesFromTheBandHoldingTheQuantity(String quantity, String discount, String amount) {
        Catalogs c = new Catalogs();
        DiscountList bands = c.discounts(DiscountType.PERCENTAGE, null, "1..9->0", "10..49->5", "50..999->10");
        Product product = c.product("BEANS", null, null, null, 1);
        c.item(product, amount("20.00", QuantitySellingOption.NO_CONTROL, bands));

        PricedCalculation.PricedLine priced = c.price(line(product, quantity)).lines().get(0);

        assertThat(priced.volumeDiscountPerUnit()).isEqualByComparingTo(discount);
        assertThat(priced.amount()).isEqualByComparingTo(amount);
    }

    @Test
    void amountVolumeDiscountTakesAFixedAmountPerUnitButNeverMoreThanThePrice() {
        Catalogs c = new Catalogs();
        DiscountList bands = c.discounts(DiscountType.AMOUNT, "EUR", "10..49->2.00", "50..99->25.00");
        Product product = c.product("BEANS", null, null, null, 0);
        c.item(product, amount("20.00", QuantitySellingOption.NO_CONTROL, bands));

        assertThat(c.price(line(product, "10")).lines().get(0).amount()).isEqualByComparingTo("180.00");
        PricedCalculation.PricedLine capped = c.price(line(product, "50")).lines().get(0);
        assertThat(capped.volumeDiscountPerUnit()).isEqualByComparingTo("20.00");
        assertThat(capped.amount()).isEqualByComparingTo("0.00");
    }

    @ParameterizedTest(name = "{0} {1} with 2 decimals supported: allowed {2}")
    @CsvSource({
        "WHOLE,                2,      true",
        "WHOLE,                2.000,  true",
        "WHOLE,                2.5,    false",
        "WHOLE_AND_FRACTIONAL, 1.25,   true",
        "WHOLE_AND_FRACTIONAL, 1.255,  false",
        "NO_CONTROL,           1.2345, true"})
    void theSellingOptionDecidesWhichQuantitiesMayBeSold(QuantitySellingOption option, String quantity, boolean allowed) {
        Catalogs c = new Catalogs();
        Product product = c.product("BEANS", null, null, null, 2);
        c.item(product, amount("10.00", option, null));

        PricedCalculation.PricedLine priced = c.price(line(product, quantity)).lines().get(0);

        assertThat(priced.error()).isEqualTo(allowed ? null : PricingError.QUANTITY_NOT_ALLOWED);
    }

    @Test
    void headerTotalsAddUpAsDocumented() {
        // L1: 100.00 x 3 = 300.00, manual discount 20.00, tax 28.00 -> extended 308.00
        // L2:  12.50 x 4 =  50.00,                         tax  5.00 -> extended  55.00
        // detail 330.00; 10 % = 33.00 + 5.00 = 38.00 discount; pre-freight 292.00; + freight 15.00 + tax 33.00 = 340.00
        Catalogs c = new Catalogs();
        Product machine = c.product("MACHINE", null, null, null, 0);
        Product beans = c.product("BEANS", null, null, null, 0);
        c.item(machine, amount("100.00", QuantitySellingOption.WHOLE, null));
        c.item(beans, amount("12.50", QuantitySellingOption.WHOLE, null));

        PricedCalculation result = PricingEngine.calculate(new PriceCalculation(c.eur.id, "EUR", Catalogs.TODAY, List.of(
                new PriceCalculation.Line(machine.id, null, new BigDecimal("3"), new BigDecimal("20.00"), new BigDecimal("28.00"), null),
                new PriceCalculation.Line(beans.id, null, new BigDecimal("4"), null, new BigDecimal("5.00"), null)),
                new BigDecimal("10"), new BigDecimal("5.00"), new BigDecimal("15.00")), c.catalog, 2);

        assertThat(result.lines().get(0).extendedAmount()).isEqualByComparingTo("308.00");
        assertThat(result.lines().get(1).extendedAmount()).isEqualByComparingTo("55.00");
        assertThat(result.detailAmount()).isEqualByComparingTo("330.00");
        assertThat(result.totalDiscount()).isEqualByComparingTo("38.00");
        assertThat(result.preFreightAmount()).isEqualByComparingTo("292.00");
        assertThat(result.totalTax()).isEqualByComparingTo("33.00");
        assertThat(result.totalAmount()).isEqualByComparingTo("340.00");
        assertThat(result.complete()).isTrue();
    }

    @Test
    void aPriceOverrideReplacesTheListPriceWithoutAnItem() {
        Catalogs c = new Catalogs();
        Product product = c.product("SPECIAL", null, null, null, 0);

        PricedCalculation.PricedLine priced = c.price(new PriceCalculation.Line(product.id, null, new BigDecimal("2"),
                null, null, new BigDecimal("49.90"))).lines().get(0);

        assertThat(priced.priceOverridden()).isTrue();
        assertThat(priced.amount()).isEqualByComparingTo("99.80");
    }

    @Test
    void aLineThatCannotBePricedSaysWhyAndIsLeftOutOfTheTotals() {
        Catalogs c = new Catalogs();
        Product onList = c.product("ON-LIST", null, null, null, 0);
        c.item(onList, amount("10.00", QuantitySellingOption.NO_CONTROL, null));
        Product offList = c.product("OFF-LIST", null, null, null, 0);

        PricedCalculation result = c.price(line(onList, "2"), line(offList, "1"));

        assertThat(result.lines().get(1).error()).isEqualTo(PricingError.PRODUCT_NOT_ON_PRICE_LIST);
        assertThat(result.lines().get(1).amount()).isNull();
        assertThat(result.totalAmount()).isEqualByComparingTo("20.00");
        assertThat(result.complete()).isFalse();
    }

    @Test
    void everyErrorCodeIsGivenForItsCase() {
        Catalogs c = new Catalogs();
        Product active = c.product("ACTIVE", eur("10.00"), null, null, 0);
        c.item(active, amount("10.00", QuantitySellingOption.WHOLE, null));
        Product noCost = c.product("NO-COST", null, null, null, 0);
        c.item(noCost, new PriceListItem.Pricing(PricingMethod.MARKUP_CURRENT_COST, null, BigDecimal.TEN, RoundingPolicy.NONE,
                null, null, QuantitySellingOption.NO_CONTROL, null));
        Product usdPrices = c.product("USD-PRICES", Money.of("10.00", "USD"), null, null, 0);
        c.item(usdPrices, percentOfList("100", RoundingPolicy.NONE, null, null));
        Product cheap = c.product("CHEAP", eur("0.50"), null, null, 0);
        c.item(cheap, percentOfList("100", RoundingPolicy.DOWN, RoundingOption.ENDS_IN, "0.99"));
        Product draft = Product.create(ProductStructure.PRODUCT, details("DRAFT"));
        Product family = Product.create(ProductStructure.FAMILY, details("FAMILY"));
        family.publish();
        c.catalog.withProducts(List.of(draft, family));

        assertThat(errorOf(c, line(active, "1"), null, null)).isEqualTo(PricingError.NO_PRICE_LIST);
        assertThat(errorOf(c, line(active, "1"), UUID.randomUUID(), null)).isEqualTo(PricingError.PRICE_LIST_NOT_FOUND);
        assertThat(errorOf(c, line(active, "1"), c.eur.id, "USD")).isEqualTo(PricingError.CURRENCY_MISMATCH);
        assertThat(errorOf(c, new PriceCalculation.Line(UUID.randomUUID(), null, BigDecimal.ONE, null, null, null), c.eur.id, null))
                .isEqualTo(PricingError.PRODUCT_NOT_FOUND);
        assertThat(errorOf(c, line(draft, "1"), c.eur.id, null)).isEqualTo(PricingError.PRODUCT_NOT_ACTIVE);
        assertThat(errorOf(c, line(family, "1"), c.eur.id, null)).isEqualTo(PricingError.PRODUCT_IS_FAMILY);
        assertThat(errorOf(c, new PriceCalculation.Line(active.id, UUID.randomUUID(), BigDecimal.ONE, null, null, null), c.eur.id, null))
                .isEqualTo(PricingError.UNIT_NOT_IN_UNIT_GROUP);
        assertThat(errorOf(c, new PriceCalculation.Line(active.id, c.bag.id, BigDecimal.ONE, null, null, null), c.eur.id, null))
                .isEqualTo(PricingError.PRODUCT_NOT_ON_PRICE_LIST);
        assertThat(errorOf(c, line(active, "1.5"), c.eur.id, null)).isEqualTo(PricingError.QUANTITY_NOT_ALLOWED);
        assertThat(errorOf(c, line(noCost, "1"), c.eur.id, null)).isEqualTo(PricingError.MISSING_PRODUCT_PRICE);
        assertThat(errorOf(c, line(usdPrices, "1"), c.eur.id, null)).isEqualTo(PricingError.CURRENCY_MISMATCH);
        assertThat(errorOf(c, line(cheap, "1"), c.eur.id, null)).isEqualTo(PricingError.INVALID_ROUNDING);
        assertThat(errorOf(c, new PriceCalculation.Line(active.id, null, BigDecimal.ONE, new BigDecimal("10.01"), null, null),
                c.eur.id, null)).isEqualTo(PricingError.MANUAL_DISCOUNT_EXCEEDS_AMOUNT);

        c.eur.update(new io.lead2cash.catalog.domain.PriceList.Details("Retail EUR", null, null, null, PriceListState.INACTIVE));
        assertThat(errorOf(c, line(active, "1"), c.eur.id, null)).isEqualTo(PricingError.PRICE_LIST_NOT_VALID);
    }

    private static PricingError errorOf(Catalogs c, PriceCalculation.Line line, UUID priceList, String currency) {
        return PricingEngine.calculate(new PriceCalculation(priceList, currency, Catalogs.TODAY, List.of(line), null, null, null),
                c.catalog, 2).lines().get(0).error();
    }

    private static Product.Details details(String number) {
        return new Product.Details(number, number, null, ProductType.SALES_INVENTORY, null, null, null, null, null, 0, null,
                null, null, List.of());
    }

    private static Money eur(String amount) {
        return amount == null || amount.isBlank() ? null : Money.of(amount, "EUR");
    }
}
