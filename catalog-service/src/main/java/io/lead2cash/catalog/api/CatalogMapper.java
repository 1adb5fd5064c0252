package io.lead2cash.catalog.api;

import io.lead2cash.catalog.domain.DiscountList;
import io.lead2cash.catalog.domain.PriceList;
import io.lead2cash.catalog.domain.PriceListItem;
import io.lead2cash.catalog.domain.Product;
import io.lead2cash.catalog.domain.ProductService;
import io.lead2cash.catalog.domain.UnitGroup;
import io.lead2cash.catalog.domain.pricing.PriceCalculation;
import io.lead2cash.catalog.domain.pricing.PricedCalculation;
import io.lead2cash.events.catalog.DiscountType;
import io.lead2cash.events.catalog.ProductData;
import io.lead2cash.events.catalog.ProductState;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.ProductType;
import io.lead2cash.platform.api.paging.QueryParameters;
import io.lead2cash.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Maps between the catalog API's records and the domain; entities never leave through the API. Fields a request
 * needs only to create a record (one request type serves create and replace) are read here, 400 when absent.
 */
final class CatalogMapper {

    private CatalogMapper() {
    }

    static String name(UnitGroupRequest r) {
        return r.name().trim();
    }

    static String baseUnit(UnitGroupRequest r) {
        String unit = r.baseUnit() == null || r.baseUnit().isBlank() ? null : r.baseUnit().trim();
        return required(unit, "baseUnit", "is required to create a unit group");
    }

    static String name(UnitRequest r) {
        return r.name().trim();
    }

    static UnitGroupView view(UnitGroup g) {
        return new UnitGroupView(g.id, g.name, g.baseUnitId, g.units.stream()
                .map(u -> new UnitGroupView.UnitView(u.id, u.name, u.quantity.stripTrailingZeros(), u.definedBy,
                        u.baseQuantity.stripTrailingZeros()))
                .toList(), g.createdAt, g.modifiedAt, g.version);
    }

    /** The list filters as given in the query; an enum that is not one answers 400 naming its parameter. */
    static ProductService.Criteria criteria(String text, String productNumber, String state, String structure,
            String type, UUID parentId) {
        return new ProductService.Criteria(text, productNumber, QueryParameters.enumValue("state", state, ProductState.class),
                QueryParameters.enumValue("structure", structure, ProductStructure.class),
                QueryParameters.enumValue("type", type, ProductType.class), parentId);
    }

    static ProductStructure structure(ProductRequest r) {
        return r.structure() == null ? ProductStructure.PRODUCT : r.structure();
    }

    static Product.Details details(ProductRequest r) {
        List<ProductData.BundleComponentData> components = r.components() == null ? List.of() : r.components().stream()
                .map(c -> new ProductData.BundleComponentData(c.productId(), c.quantity(), c.unitId())).toList();
        return new Product.Details(r.productNumber().trim(), r.name().trim(), r.description(), r.type(), r.unitGroupId(),
                r.defaultUnitId(), r.listPrice(), r.currentCost(), r.standardCost(),
                r.decimalsSupported() == null ? 0 : r.decimalsSupported(), r.validFrom(), r.validTo(), r.parentId(),
                components);
    }

    static ProductView view(Product p) {
        ProductData d = p.data();
        return new ProductView(p.id, p.productNumber, p.name, p.description, p.structure, p.type, p.state, p.unitGroupId,
                p.defaultUnitId, d.listPrice(), d.currentCost(), d.standardCost(), p.decimalsSupported, p.validFrom,
                p.validTo, p.parentId, p.components.stream()
                        .map(c -> new ProductView.Component(c.productId, c.quantity.stripTrailingZeros(), c.unitId)).toList(),
                p.createdAt, p.modifiedAt, p.version);
    }

    static String productNumber(CloneRequest r) {
        return r.productNumber().trim();
    }

    static String currency(PriceListRequest r) {
        return required(r.currency(), "currency", "is required to create a price list");
    }

    static PriceList.Details details(PriceListRequest r) {
        return new PriceList.Details(r.name().trim(), r.description(), r.validFrom(), r.validTo(), r.state());
    }

    static PriceListView view(PriceList l) {
        return new PriceListView(l.id, l.name, l.description, l.currency, l.validFrom, l.validTo, l.state, l.createdAt,
                l.modifiedAt, l.version);
    }

    static UUID productId(PriceListItemRequest r) {
        return required(r.productId(), "productId", "is required to add an item");
    }

    static PriceListItem.Pricing pricing(PriceListItemRequest r) {
        return new PriceListItem.Pricing(r.pricingMethod(), r.amount(), r.percentage(), r.roundingPolicy(),
                r.roundingOption(), r.roundingAmount(), r.quantitySellingOption(), r.discountListId());
    }

    static PriceListItemView view(PriceListItem i) {
        return new PriceListItemView(i.id, i.priceListId, i.productId, i.unitId, i.pricingMethod, i.amount, i.percentage,
                i.roundingPolicy, i.roundingOption, i.roundingAmount, i.quantitySellingOption, i.discountListId,
                i.createdAt, i.modifiedAt, i.version);
    }

    static String name(DiscountListRequest r) {
        return r.name().trim();
    }

    static DiscountType type(DiscountListRequest r) {
        return required(r.type(), "type", "is required to create a discount list (AMOUNT or PERCENTAGE)");
    }

    static List<DiscountList.Band> bands(DiscountListRequest r) {
        return r.bands().stream().map(b -> new DiscountList.Band(b.lowQuantity(), b.highQuantity(), b.value())).toList();
    }

    static DiscountListView view(DiscountList d) {
        return new DiscountListView(d.id, d.name, d.type, d.currency, d.bands.stream()
                .map(b -> new DiscountListView.Band(b.lowQuantity.stripTrailingZeros(), b.highQuantity.stripTrailingZeros(),
                        b.value.stripTrailingZeros()))
                .toList(), d.createdAt, d.modifiedAt, d.version);
    }

    static PriceCalculation calculation(PricingRequest r) {
        return new PriceCalculation(r.priceListId(), r.currency(), r.date() == null ? LocalDate.now(ZoneOffset.UTC) : r.date(),
                r.lines().stream().map(l -> new PriceCalculation.Line(l.productId(), l.unitId(), l.quantity(),
                        l.manualDiscount(), l.tax(), l.priceOverride())).toList(),
                r.discountPercentage(), r.discountAmount(), r.freight());
    }

    static PricingResultView view(PricedCalculation c) {
        return new PricingResultView(c.priceListId(), c.currency(), c.lines().stream()
                .map(l -> new PricingResultView.Line(l.lineNumber(), l.productId(), l.productNumber(), l.productName(), l.unitId(), l.quantity(),
                        l.pricePerUnit(), l.volumeDiscountPerUnit(), l.amount(), l.manualDiscount(), l.tax(),
                        l.extendedAmount(), l.priceOverridden(), l.error(), l.errorMessage()))
                .toList(), c.detailAmount(), c.discountPercentage(), c.discountAmount(), c.totalDiscount(),
                c.preFreightAmount(), c.freight(), c.totalTax(), c.totalAmount(), c.complete());
    }

    /** A field only creating needs, so its bean constraint cannot require it: the request type serves replacing too. */
    private static <T> T required(T value, String field, String rule) {
        if (value == null) {
            throw ProblemException.invalid(field, rule);
        }
        return value;
    }
}
