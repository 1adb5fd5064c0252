package io.lead2cash.catalog.domain.pricing;

import io.lead2cash.catalog.domain.DiscountList;
import io.lead2cash.catalog.domain.PriceList;
import io.lead2cash.catalog.domain.PriceListItem;
import io.lead2cash.catalog.domain.Product;
import io.lead2cash.catalog.domain.Unit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the pricing engine reads: a snapshot of the catalog records one calculation needs. */
public final class PricingCatalog {

    private final Map<UUID, PriceList> priceLists = new HashMap<>();
    private final Map<UUID, Product> products = new HashMap<>();
    private final Map<UUID, Unit> units = new HashMap<>();
    private final Map<String, PriceListItem> items = new HashMap<>();
    private final Map<UUID, DiscountList> discountLists = new HashMap<>();

    public PricingCatalog with(PriceList list) {
        priceLists.put(list.id, list);
        return this;
    }

    public PricingCatalog withProducts(Collection<Product> all) {
        all.forEach(p -> products.put(p.id, p));
        return this;
    }

    public PricingCatalog withUnits(Collection<Unit> all) {
        all.forEach(u -> units.put(u.id, u));
        return this;
    }

    public PricingCatalog withItems(Collection<PriceListItem> all) {
        all.forEach(i -> items.put(key(i.priceListId, i.productId, i.unitId), i));
        return this;
    }

    public PricingCatalog withDiscountLists(Collection<DiscountList> all) {
        all.forEach(d -> discountLists.put(d.id, d));
        return this;
    }

    Optional<PriceList> priceList(UUID id) {
        return Optional.ofNullable(priceLists.get(id));
    }

    Optional<Product> product(UUID id) {
        return Optional.ofNullable(products.get(id));
    }

    Optional<Unit> unit(UUID id) {
        return Optional.ofNullable(units.get(id));
    }

    Optional<PriceListItem> item(UUID priceListId, UUID productId, UUID unitId) {
        return Optional.ofNullable(items.get(key(priceListId, productId, unitId)));
    }

    Optional<DiscountList> discountList(UUID id) {
        return Optional.ofNullable(id == null ? null : discountLists.get(id));
    }

    private static String key(UUID priceListId, UUID productId, UUID unitId) {
        return priceListId + "/" + productId + "/" + unitId;
    }
}
