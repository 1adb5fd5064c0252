package io.lead2cash.catalog.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.lead2cash.catalog.domain.DiscountList;
import io.lead2cash.catalog.domain.PriceList;
import io.lead2cash.catalog.domain.PriceListItem;
import io.lead2cash.catalog.domain.PriceListService;
import io.lead2cash.catalog.domain.Product;
import io.lead2cash.catalog.domain.ProductService;
import io.lead2cash.catalog.domain.UnitGroup;
import io.lead2cash.catalog.domain.pricing.PriceCalculation;
import io.lead2cash.catalog.domain.pricing.PricedCalculation;
import io.lead2cash.catalog.domain.pricing.PricingService;
import io.lead2cash.events.Money;
import io.lead2cash.events.catalog.DiscountType;
import io.lead2cash.events.catalog.PriceListState;
import io.lead2cash.events.catalog.PricingMethod;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.ProductType;
import io.lead2cash.events.catalog.QuantitySellingOption;
import io.lead2cash.events.catalog.RoundingOption;
import io.lead2cash.events.catalog.RoundingPolicy;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long pricing a 500-line request takes: the engine alone, the service (loading the catalog from
 * PostgreSQL, then the engine) and the whole HTTP call. Not part of ./mvnw verify; run it with
 * {@code ./mvnw -pl catalog-service -am install -DskipTests} then
 * {@code ./mvnw -pl catalog-service surefire:test -Dgroups=benchmark -Dbenchmarks.excluded= -Dtest.jvm.args=-Xmx768m}
 * (full JIT, unlike the C1-only test runs) and copy the figures into docs/benchmarks.md.
 */
@QuarkusTest
@Tag("benchmark")
class PricingBenchmark {

    private static final int LINES = 500;
    private static final int ROUNDS = 200;

    @Inject
    ProductService products;

    @Inject
    PriceListService priceLists;

    @Inject
    PricingService pricing;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    @Test
    void priceFiveHundredLines() {
        UnitGroup group = products.createUnitGroup("Bench " + UUID.randomUUID(), "each");
        UUID unit = group.baseUnitId;
        PriceList list = priceLists.create("EUR", new PriceList.Details("Bench " + UUID.randomUUID(), null, null, null,
                PriceListState.ACTIVE));
        DiscountList bands = priceLists.createDiscountList("Bench " + UUID.randomUUID(), DiscountType.PERCENTAGE, null,
                List.of(new DiscountList.Band(BigDecimal.ONE, new BigDecimal("9"), BigDecimal.ZERO),
                        new DiscountList.Band(BigDecimal.TEN, new BigDecimal("1000"), new BigDecimal("7.5"))));
        List<PriceCalculation.Line> lines = new ArrayList<>();
        StringBuilder json = new StringBuilder("{\"priceListId\": \"" + list.id + "\", \"discountPercentage\": 3, \"lines\": [");
        for (int i = 0; i < LINES; i++) {
            Product product = products.create(ProductStructure.PRODUCT, new Product.Details("BENCH-" + UUID.randomUUID(),
                    "Bench " + i, null, ProductType.SALES_INVENTORY, group.id, unit, Money.of("20.00", "EUR"),
                    Money.of("12.00", "EUR"), Money.of("11.50", "EUR"), 0, null, null, null, List.of()));
            products.publish(product.id, ExpectedVersion.NONE);
            PricingMethod method = PricingMethod.values()[i % PricingMethod.values().length];
            priceLists.addItem(list.id, product.id, unit, new PriceListItem.Pricing(method,
                    method == PricingMethod.CURRENCY_AMOUNT ? new BigDecimal("19.90") : null,
                    method == PricingMethod.CURRENCY_AMOUNT ? null : new BigDecimal("35"),
                    method == PricingMethod.CURRENCY_AMOUNT ? RoundingPolicy.NONE : RoundingPolicy.UP,
                    method == PricingMethod.CURRENCY_AMOUNT ? null : RoundingOption.ENDS_IN,
                    method == PricingMethod.CURRENCY_AMOUNT ? null : new BigDecimal("0.99"),
                    QuantitySellingOption.WHOLE, bands.id));
            int quantity = 1 + i % 25;
            lines.add(new PriceCalculation.Line(product.id, null, BigDecimal.valueOf(quantity), null, null, null));
            json.append(i == 0 ? "" : ",").append("{\"productId\": \"").append(product.id).append("\", \"quantity\": ")
                    .append(quantity).append(", \"tax\": 1.10}");
        }
        json.append("]}");
        PriceCalculation request = new PriceCalculation(list.id, "EUR", LocalDate.now(), lines, new BigDecimal("3"), null, null);
        String token = Auth.token("bench", null, Roles.SALES_REP);

        PricedCalculation result = pricing.calculate(request);
        assertThat(result.complete()).as("every line priced").isTrue();

        report("service: load from PostgreSQL + engine", () -> pricing.calculate(request));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest call = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                root + "api/pricing/calculate"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json.toString())).build();
        report("HTTP: POST /api/pricing/calculate", () -> {
            try {
                var response = http.send(call, java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                return response.body();
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void report(String what, Supplier<Object> call) {
        for (int i = 0; i < ROUNDS / 4; i++) {
            call.get();
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("BENCHMARK %-45s %d lines: median %.2f ms, p90 %.2f ms, p99 %.2f ms (%d rounds)%n", what, LINES,
                nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS * 9 / 10] / 1e6, nanos[ROUNDS * 99 / 100] / 1e6, ROUNDS);
    }
}
