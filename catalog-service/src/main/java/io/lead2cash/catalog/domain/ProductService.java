package io.lead2cash.catalog.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.events.catalog.ProductData;
import io.lead2cash.events.catalog.ProductState;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.ProductType;
import io.lead2cash.platform.api.ETags;
import io.lead2cash.platform.api.Filter;
import io.lead2cash.platform.outbox.Outbox;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Products, families and bundles, and the unit groups they are sold in. */
@ApplicationScoped
public class ProductService {

    private final Outbox outbox;
    private final ObjectMapper json;

    ProductService(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** What a product list may be filtered by. */
    public record Criteria(String text, String productNumber, ProductState state, ProductStructure structure,
            ProductType type, UUID parentId) {
    }

    public PanacheQuery<Product> search(Criteria c, Sort sort) {
        Filter filter = Filter.where().eq("state", c.state()).eq("structure", c.structure()).eq("type", c.type())
                .eq("parentId", c.parentId())
                .contains(c.text(), "productNumber", "name", "description");
        if (c.productNumber() != null && !c.productNumber().isBlank()) {
            filter.and("lower(productNumber) = :number", java.util.Map.of("number", c.productNumber().toLowerCase(Locale.ROOT)));
        }
        return Product.find(filter.query(), sort, filter.parameters());
    }

    public Product get(UUID id) {
        Product product = Product.findById(id);
        if (product == null) {
            throw ProblemException.notFound("product", id);
        }
        return product;
    }

    @Transactional
    public Product create(ProductStructure structure, Product.Details details) {
        check(structure, null, details);
        Product product = Product.create(structure, details);
        product.persist();
        outbox.append(product.created());
        return product;
    }

    @Transactional
    public Product update(UUID id, String ifMatch, Product.Details details) {
        Product product = get(id);
        ETags.requireMatch(ifMatch, product.version);
        check(product.structure, product.id, details);
        outbox.append(product.update(details));
        Product.flush();
        return product;
    }

    @Transactional
    public Product publish(UUID id, String ifMatch) {
        Product product = forAction(id, ifMatch);
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
        outbox.append(product.publish());
        Product.flush();
        return product;
    }

    @Transactional
    public Product revise(UUID id, String ifMatch) {
        Product product = forAction(id, ifMatch);
        try {
            outbox.append(product.revise(json.writeValueAsString(product.details())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Product.flush();
        return product;
    }

    @Transactional
    public Product revert(UUID id, String ifMatch) {
        Product product = forAction(id, ifMatch);
        if (product.state != ProductState.UNDER_REVISION) {
            throw ProblemException.illegalTransition("product", product.state, "revert");
        }
        try {
            outbox.append(product.revert(json.readValue(product.revisionSnapshot, Product.Details.class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable revision snapshot of product " + id, e);
        }
        Product.flush();
        return product;
    }

    @Transactional
    public Product retire(UUID id, String ifMatch) {
        Product product = forAction(id, ifMatch);
        outbox.append(product.retire());
        Product.flush();
        return product;
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

    private Product forAction(UUID id, String ifMatch) {
        Product product = get(id);
        ETags.checkIfGiven(ifMatch, product.version);
        return product;
    }

    /** The rules that span records: unique number, units of the group, a family parent, bundle components. */
    private void check(ProductStructure structure, UUID self, Product.Details d) {
        Product sameNumber = Product.find("lower(productNumber) = ?1", d.productNumber().toLowerCase(Locale.ROOT)).firstResult();
        if (sameNumber != null && !sameNumber.id.equals(self)) {
            throw new ProblemException(ProblemType.CONFLICT, "Product number " + d.productNumber() + " is taken by "
                    + sameNumber.name, List.of(), java.util.Map.of("existingProductId", sameNumber.id));
        }
        if (structure != ProductStructure.FAMILY && (d.unitGroupId() == null || d.defaultUnitId() == null)) {
            throw ProblemException.invalid(d.unitGroupId() == null ? "unitGroupId" : "defaultUnitId",
                    "is required for a " + structure.name().toLowerCase(Locale.ROOT));
        }
        if (d.unitGroupId() != null) {
            UnitGroup group = UnitGroup.findById(d.unitGroupId());
            if (group == null) {
                throw ProblemException.invalid("unitGroupId", "must name an existing unit group");
            }
            if (d.defaultUnitId() != null && group.unit(d.defaultUnitId()).isEmpty()) {
                throw ProblemException.invalid("defaultUnitId", "must be a unit of unit group " + group.name);
            }
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
        if (d.parentId() != null) {
            Product parent = Product.findById(d.parentId());
            if (parent == null || parent.structure != ProductStructure.FAMILY || parent.id.equals(self)) {
                throw ProblemException.invalid("parentId", "must name another product family");
            }
        }
        List<ProductData.BundleComponentData> components = d.components() == null ? List.of() : d.components();
        if (!components.isEmpty() && structure != ProductStructure.BUNDLE) {
            throw ProblemException.invalid("components", "are only for bundles");
        }
        for (int i = 0; i < components.size(); i++) {
            ProductData.BundleComponentData c = components.get(i);
            Product component = Product.findById(c.productId());
            if (component == null || component.structure != ProductStructure.PRODUCT) {
                throw ProblemException.invalid("components[" + i + "].productId", "must name a product (not a family or bundle)");
            }
            UnitGroup group = component.unitGroupId == null ? null : UnitGroup.findById(component.unitGroupId);
            if (group == null || group.unit(c.unitId()).isEmpty()) {
                throw ProblemException.invalid("components[" + i + "].unitId", "must be a unit of the component's unit group");
            }
            if (c.quantity().signum() <= 0) {
                throw ProblemException.invalid("components[" + i + "].quantity", "must be greater than 0");
            }
        }
    }

    // Unit groups

    public PanacheQuery<UnitGroup> searchUnitGroups(String text, Sort sort) {
        Filter filter = Filter.where().contains(text, "name");
        return UnitGroup.find(filter.query(), sort, filter.parameters());
    }

    public UnitGroup unitGroup(UUID id) {
        UnitGroup group = UnitGroup.findById(id);
        if (group == null) {
            throw ProblemException.notFound("unit group", id);
        }
        return group;
    }

    @Transactional
    public UnitGroup createUnitGroup(String name, String baseUnit) {
        refuseTakenGroupName(name, null);
        UnitGroup group = UnitGroup.create(name, baseUnit);
        group.persist();
        outbox.append(group.created());
        return group;
    }

    @Transactional
    public UnitGroup renameUnitGroup(UUID id, String ifMatch, String name) {
        UnitGroup group = unitGroup(id);
        ETags.requireMatch(ifMatch, group.version);
        refuseTakenGroupName(name, id);
        outbox.append(group.rename(name));
        UnitGroup.flush();
        return group;
    }

    @Transactional
    public UnitGroup addUnit(UUID groupId, String ifMatch, String name, BigDecimal quantity, UUID definedBy) {
        UnitGroup group = unitGroup(groupId);
        ETags.checkIfGiven(ifMatch, group.version);
        group.addUnit(name, quantity, definedBy);
        outbox.append(group.changed());
        UnitGroup.flush();
        return group;
    }

    private void refuseTakenGroupName(String name, UUID self) {
        UnitGroup same = UnitGroup.find("lower(name) = ?1", name.toLowerCase(Locale.ROOT)).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw new ProblemException(ProblemType.CONFLICT, "A unit group named " + name + " exists");
        }
    }
}
