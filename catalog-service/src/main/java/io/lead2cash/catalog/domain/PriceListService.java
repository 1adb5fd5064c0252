package io.lead2cash.catalog.domain;

import io.lead2cash.events.catalog.DiscountType;
import io.lead2cash.events.catalog.PriceListState;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Price lists, their items (one per product and unit) and the volume discount lists items point to. */
@ApplicationScoped
public class PriceListService {

    private final Outbox outbox;

    PriceListService(Outbox outbox) {
        this.outbox = outbox;
    }

    public PanacheQuery<PriceList> search(String text, String currency, PriceListState state, Sort sort) {
        Filter filter = Filter.where().eq("currency", currency).eq("state", state).contains(text, "name", "description");
        return PriceList.find(filter.query(), sort, filter.parameters());
    }

    public PriceList get(UUID id) {
        PriceList list = PriceList.findById(id);
        if (list == null) {
            throw ProblemException.notFound("price list", id);
        }
        return list;
    }

    @Transactional
    public PriceList create(String currency, PriceList.Details details) {
        refuseTakenName(details.name(), null);
        PriceList list = PriceList.create(currency, details);
        list.persist();
        outbox.append(list.created());
        return list;
    }

    @Transactional
    public PriceList update(UUID id, String ifMatch, PriceList.Details details) {
        PriceList list = get(id);
        ETags.requireMatch(ifMatch, list.version);
        refuseTakenName(details.name(), id);
        outbox.append(list.update(details));
        PriceList.flush();
        return list;
    }

    // Items

    public PanacheQuery<PriceListItem> items(UUID priceListId, UUID productId, Sort sort) {
        get(priceListId);
        Filter filter = Filter.where().eq("priceListId", priceListId).eq("productId", productId);
        return PriceListItem.find(filter.query(), sort, filter.parameters());
    }

    public PriceListItem item(UUID priceListId, UUID itemId) {
        PriceListItem item = PriceListItem.findById(itemId);
        if (item == null || !item.priceListId.equals(priceListId)) {
            throw ProblemException.notFound("item on price list " + priceListId, itemId);
        }
        return item;
    }

    @Transactional
    public PriceListItem addItem(UUID priceListId, UUID productId, UUID unitId, PriceListItem.Pricing pricing) {
        PriceList list = get(priceListId);
        Product product = Product.findById(productId);
        if (product == null) {
            throw ProblemException.invalid("productId", "must name an existing product");
        }
        UUID unit = unitId != null ? unitId : product.defaultUnitId;
        UnitGroup group = product.unitGroupId == null ? null : UnitGroup.findById(product.unitGroupId);
        if (unit == null || group == null || group.unit(unit).isEmpty()) {
            throw ProblemException.invalid("unitId", "must be a unit of the product's unit group");
        }
        PriceListItem existing = PriceListItem.find("priceListId = ?1 and productId = ?2 and unitId = ?3",
                priceListId, productId, unit).firstResult();
        if (existing != null) {
            throw new ProblemException(ProblemType.CONFLICT, product.productNumber + " in this unit is already on the list",
                    List.of(), Map.of("existingItemId", existing.id));
        }
        checkDiscountList(list, pricing);
        PriceListItem item = PriceListItem.create(priceListId, productId, unit, pricing);
        item.persist();
        outbox.append(item.set());
        return item;
    }

    @Transactional
    public PriceListItem updateItem(UUID priceListId, UUID itemId, String ifMatch, PriceListItem.Pricing pricing) {
        PriceListItem item = item(priceListId, itemId);
        ETags.requireMatch(ifMatch, item.version);
        checkDiscountList(get(priceListId), pricing);
        outbox.append(item.update(pricing));
        PriceListItem.flush();
        return item;
    }

    @Transactional
    public void removeItem(UUID priceListId, UUID itemId, String ifMatch) {
        PriceListItem item = item(priceListId, itemId);
        ETags.checkIfGiven(ifMatch, item.version);
        outbox.append(item.removed());
        item.delete();
    }

    private static void checkDiscountList(PriceList list, PriceListItem.Pricing pricing) {
        if (pricing.discountListId() == null) {
            return;
        }
        DiscountList discounts = DiscountList.findById(pricing.discountListId());
        if (discounts == null) {
            throw ProblemException.invalid("discountListId", "must name an existing discount list");
        }
        if (discounts.type == DiscountType.AMOUNT && !list.currency.equals(discounts.currency)) {
            throw ProblemException.invalid("discountListId", "must be a percentage list or an amount list in "
                    + list.currency + " (" + discounts.name + " is in " + discounts.currency + ")");
        }
    }

    private static void refuseTakenName(String name, UUID self) {
        PriceList same = PriceList.find("lower(name) = ?1", name.toLowerCase(Locale.ROOT)).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw new ProblemException(ProblemType.CONFLICT, "A price list named " + name + " exists");
        }
    }

    // Discount lists

    public PanacheQuery<DiscountList> searchDiscountLists(String text, Sort sort) {
        Filter filter = Filter.where().contains(text, "name");
        return DiscountList.find(filter.query(), sort, filter.parameters());
    }

    public DiscountList discountList(UUID id) {
        DiscountList list = DiscountList.findById(id);
        if (list == null) {
            throw ProblemException.notFound("discount list", id);
        }
        return list;
    }

    @Transactional
    public DiscountList createDiscountList(String name, DiscountType type, String currency, List<DiscountList.Band> bands) {
        DiscountList list = DiscountList.create(name, type, currency, bands);
        list.persist();
        outbox.append(list.created());
        return list;
    }

    @Transactional
    public DiscountList updateDiscountList(UUID id, String ifMatch, String name, List<DiscountList.Band> bands) {
        DiscountList list = discountList(id);
        ETags.requireMatch(ifMatch, list.version);
        outbox.append(list.update(name, bands));
        DiscountList.flush();
        return list;
    }

    /** Deletes a discount list that no price list item uses (409 naming how many do). */
    @Transactional
    public void deleteDiscountList(UUID id, String ifMatch) {
        DiscountList list = discountList(id);
        ETags.checkIfGiven(ifMatch, list.version);
        long users = PriceListItem.count("discountListId", id);
        if (users > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Discount list " + list.name + " is used by " + users
                    + " price list item(s); remove it from them first", List.of(), Map.of("usedBy", users));
        }
        outbox.append(list.deleted());
        list.delete();
    }
}
