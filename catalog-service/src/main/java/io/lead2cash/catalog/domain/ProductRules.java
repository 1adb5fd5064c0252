package io.lead2cash.catalog.domain;

import io.lead2cash.platform.domain.Records;
import io.lead2cash.events.catalog.ProductData;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The rules a product's details keep that span records, so a product never points at what it cannot use: a unique
 * number, units of its group, a family as parent, bundle components that are products.
 */
final class ProductRules {

    private ProductRules() {
    }

    /** Checks the details of a product of the structure; {@code self} is the product itself, null when new. */
    static void check(ProductStructure structure, UUID self, Product.Details d) {
        Records.otherWith(Product.class, "productNumber", d.productNumber(), self).ifPresent(sameNumber -> {
            throw new ProblemException(ProblemType.CONFLICT, "Product number " + d.productNumber() + " is taken by "
                    + sameNumber.name, List.of(), Map.of("existingProductId", sameNumber.id));
        });
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
        checkComponents(structure, d.components() == null ? List.of() : d.components());
    }

    private static void checkComponents(ProductStructure structure, List<ProductData.BundleComponentData> components) {
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
}
