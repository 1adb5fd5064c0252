package io.lead2cash.catalog.domain.pricing;

import io.lead2cash.catalog.domain.DiscountList;
import io.lead2cash.catalog.domain.PriceList;
import io.lead2cash.catalog.domain.PriceListItem;
import io.lead2cash.catalog.domain.Product;
import io.lead2cash.catalog.domain.Unit;
import io.lead2cash.platform.domain.PricingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Loads what a calculation needs in a handful of queries, whatever the number of lines, and runs the engine. */
@ApplicationScoped
public class PricingService {

    @Inject PricingPolicy policy;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PricedCalculation calculate(PriceCalculation request) {
        PricingCatalog catalog = new PricingCatalog();
        Set<UUID> productIds = new HashSet<>();
        Set<UUID> unitIds = new HashSet<>();
        request.lines().forEach(l -> {
            productIds.add(l.productId());
            if (l.unitId() != null) {
                unitIds.add(l.unitId());
            }
        });
        List<Product> products = productIds.isEmpty() ? List.of() : Product.list("id in ?1", productIds);
        catalog.withProducts(products);
        products.stream().map(p -> p.defaultUnitId).filter(Objects::nonNull).forEach(unitIds::add);
        catalog.withUnits(unitIds.isEmpty() ? List.of() : Unit.list("id in ?1", unitIds));
        PriceList list = request.priceListId() == null ? null : PriceList.findById(request.priceListId());
        if (list != null && !productIds.isEmpty()) {
            catalog.with(list);
            List<PriceListItem> items = PriceListItem.list("priceListId = ?1 and productId in ?2", list.id, productIds);
            catalog.withItems(items);
            Set<UUID> discountIds = new HashSet<>();
            items.stream().map(i -> i.discountListId).filter(Objects::nonNull).forEach(discountIds::add);
            catalog.withDiscountLists(discountIds.isEmpty() ? List.of() : DiscountList.list("id in ?1", discountIds));
        } else if (list != null) {
            catalog.with(list);
        }
        return PricingEngine.calculate(request, catalog, policy.priceDecimals());
    }
}
