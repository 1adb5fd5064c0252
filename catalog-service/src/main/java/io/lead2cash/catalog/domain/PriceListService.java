package io.lead2cash.catalog.domain;

import io.lead2cash.platform.domain.Records;
import io.lead2cash.events.catalog.DiscountType;
import io.lead2cash.events.catalog.PriceListState;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Price lists, their items (one per product and unit) and the volume discount lists items point to. */
@ApplicationScoped
public class PriceListService {

    @Inject Outbox outbox;

    public Listing<PriceList> search(String text, String currency, PriceListState state, Sort sort) {
        Filter filter = Filter.where().eq("currency", currency).eq("state", state).quickFind(text, "name", "description");
        return filter.listing(PriceList.class, sort);
    }

    public PriceList get(UUID id) {
        return Records.byId(PriceList.class, id, "price list");
    }

    @Transactional
    public PriceList create(String currency, PriceList.Details details) {
        refuseTakenName(details.name(), null);
        return outbox.appendCreated(PriceList.create(currency, details), PriceList::created);
    }

    @Transactional
    public PriceList update(UUID id, ExpectedVersion expected, PriceList.Details details) {
        PriceList list = get(id);
        list.checkVersion(expected);
        refuseTakenName(details.name(), id);
        return outbox.appendChange(list, list.update(details));
    }

    private static void refuseTakenName(String name, UUID self) {
        if (Records.otherWith(PriceList.class, "name", name, self).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "A price list named " + name + " exists");
        }
    }

    // Items

    public Listing<PriceListItem> items(UUID priceListId, UUID productId, Sort sort) {
        get(priceListId);
        Filter filter = Filter.where().eq("priceListId", priceListId).eq("productId", productId);
        return filter.listing(PriceListItem.class, sort);
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
        return outbox.appendCreated(PriceListItem.create(priceListId, productId, unit, pricing), PriceListItem::set);
    }

    @Transactional
    public PriceListItem updateItem(UUID priceListId, UUID itemId, ExpectedVersion expected, PriceListItem.Pricing pricing) {
        PriceListItem item = item(priceListId, itemId);
        item.checkVersion(expected);
        checkDiscountList(get(priceListId), pricing);
        return outbox.appendChange(item, item.update(pricing));
    }

    @Transactional
    public void removeItem(UUID priceListId, UUID itemId, ExpectedVersion expected) {
        PriceListItem item = item(priceListId, itemId);
        item.checkVersion(expected);
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

    // Discount lists

    public Listing<DiscountList> searchDiscountLists(String text, Sort sort) {
        Filter filter = Filter.where().quickFind(text, "name");
        return filter.listing(DiscountList.class, sort);
    }

    public DiscountList discountList(UUID id) {
        return Records.byId(DiscountList.class, id, "discount list");
    }

    @Transactional
    public DiscountList createDiscountList(String name, DiscountType type, String currency, List<DiscountList.Band> bands) {
        return outbox.appendCreated(DiscountList.create(name, type, currency, bands), DiscountList::created);
    }

    @Transactional
    public DiscountList updateDiscountList(UUID id, ExpectedVersion expected, String name, List<DiscountList.Band> bands) {
        DiscountList list = discountList(id);
        list.checkVersion(expected);
        return outbox.appendChange(list, list.update(name, bands));
    }

    /** Deletes a discount list that no price list item uses (409 naming how many do). */
    @Transactional
    public void deleteDiscountList(UUID id, ExpectedVersion expected) {
        DiscountList list = discountList(id);
        list.checkVersion(expected);
        long users = PriceListItem.count("discountListId", id);
        if (users > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Discount list " + list.name + " is used by " + users
                    + " price list item(s); remove it from them first", List.of(), Map.of("usedBy", users));
        }
        outbox.append(list.deleted());
        list.delete();
    }
}
