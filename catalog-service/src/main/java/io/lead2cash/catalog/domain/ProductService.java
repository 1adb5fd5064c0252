package io.lead2cash.catalog.domain;

import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.domain.Records;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.events.catalog.ProductState;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.ProductType;
import io.lead2cash.platform.domain.ExpectedVersion;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.query.Filter;
import io.lead2cash.platform.query.Listing;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Products, families and bundles, and the unit groups they are sold in. */
@ApplicationScoped
public class ProductService {

    @Inject Outbox outbox;
    @Inject ObjectMapper json;

    /** What a product list may be filtered by. */
    public record Criteria(String text, String productNumber, ProductState state, ProductStructure structure,
            ProductType type, UUID parentId) {
    }

    public Listing<Product> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("state", c.state()).eq("structure", c.structure()).eq("type", c.type())
                .eq("parentId", c.parentId())
                .quickFind(c.text(), "productNumber", "name");
        if (c.productNumber() != null && !c.productNumber().isBlank()) {
            filter.and("lower(productNumber) = :number", Map.of("number", c.productNumber().toLowerCase(Locale.ROOT)));
        }
        return filter.listing(Product.class, sort);
    }

    public Product get(UUID id) {
        return Records.byId(Product.class, id, "product");
    }

    @Transactional
    public Product create(ProductStructure structure, Product.Details details) {
        ProductRules.check(structure, null, details);
        return outbox.appendCreated(Product.create(structure, details), Product::created);
    }

    @Transactional
    public Product update(UUID id, ExpectedVersion expected, Product.Details details) {
        Product product = forChange(id, expected);
        ProductRules.check(product.structure, product.id, details);
        return outbox.appendChange(product, product.update(details));
    }

    @Transactional
    public Product publish(UUID id, ExpectedVersion expected) {
        Product product = forChange(id, expected);
        Product family = product.parentId == null ? null : get(product.parentId);
        if (family != null && family.state != ProductState.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Publish the family " + family.productNumber
                    + " before the products in it");
        }
        for (Product.Component component : product.components) {
            Product part = get(component.productId);
            if (!part.sellable()) {
                throw new ProblemException(ProblemType.CONFLICT, "The bundle's component " + part.productNumber
                        + " must be published first");
            }
        }
        return outbox.appendChange(product, product.publish());
    }

    @Transactional
    public Product revise(UUID id, ExpectedVersion expected) {
        Product product = forChange(id, expected);
        try {
            return outbox.appendChange(product, product.revise(json.writeValueAsString(product.details())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public Product revert(UUID id, ExpectedVersion expected) {
        Product product = forChange(id, expected);
        // Checked here, not only by the product: a product not under revision has no snapshot to read.
        if (product.state != ProductState.UNDER_REVISION) {
            throw ProblemException.illegalTransition("product", product.state, "revert");
        }
        try {
            return outbox.appendChange(product, product.revert(json.readValue(product.revisionSnapshot, Product.Details.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable revision snapshot of product " + id, e);
        }
    }

    @Transactional
    public Product retire(UUID id, ExpectedVersion expected) {
        Product product = forChange(id, expected);
        return outbox.appendChange(product, product.retire());
    }

    /** A draft copy under a new product number, as Dynamics 365's clone. */
    @Transactional
    public Product cloneAs(UUID id, String productNumber, String name) {
        Product source = get(id);
        Product.Details d = source.details();
        Product.Details copy = new Product.Details(productNumber, name == null ? d.name() + " (copy)" : name, d.description(),
                d.type(), d.unitGroupId(), d.defaultUnitId(), d.listPrice(), d.currentCost(), d.standardCost(),
                d.decimalsSupported(), d.validFrom(), d.validTo(), d.parentId(), d.components());
        return create(source.structure, copy);
    }

    /** The product, if the caller saw its current version (404, then 428 or 412). */
    private Product forChange(UUID id, ExpectedVersion expected) {
        Product product = get(id);
        product.checkVersion(expected);
        return product;
    }

    // Unit groups

    public Listing<UnitGroup> searchUnitGroups(String text, Sort sort) {
        Filter filter = Filter.where().quickFind(text, "name");
        return filter.listing(UnitGroup.class, sort);
    }

    public UnitGroup unitGroup(UUID id) {
        return Records.byId(UnitGroup.class, id, "unit group");
    }

    @Transactional
    public UnitGroup createUnitGroup(String name, String baseUnit) {
        refuseTakenGroupName(name, null);
        return outbox.appendCreated(UnitGroup.create(name, baseUnit), UnitGroup::created);
    }

    @Transactional
    public UnitGroup renameUnitGroup(UUID id, ExpectedVersion expected, String name) {
        UnitGroup group = unitGroup(id);
        group.checkVersion(expected);
        refuseTakenGroupName(name, id);
        return outbox.appendChange(group, group.rename(name));
    }

    @Transactional
    public UnitGroup addUnit(UUID groupId, ExpectedVersion expected, String name, BigDecimal quantity, UUID definedBy) {
        UnitGroup group = unitGroup(groupId);
        group.checkVersion(expected);
        group.addUnit(name, quantity, definedBy);
        return outbox.appendChange(group, group.changed());
    }

    private static void refuseTakenGroupName(String name, UUID self) {
        if (Records.otherWith(UnitGroup.class, "name", name, self).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "A unit group named " + name + " exists");
        }
    }
}
