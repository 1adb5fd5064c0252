package io.lead2cash.catalog.domain;

import io.lead2cash.events.Money;
import io.lead2cash.events.catalog.ProductCreated;
import io.lead2cash.events.catalog.ProductData;
import io.lead2cash.events.catalog.ProductPublished;
import io.lead2cash.events.catalog.ProductRetired;
import io.lead2cash.events.catalog.ProductRevised;
import io.lead2cash.events.catalog.ProductRevisionReverted;
import io.lead2cash.events.catalog.ProductState;
import io.lead2cash.events.catalog.ProductStructure;
import io.lead2cash.events.catalog.ProductType;
import io.lead2cash.events.catalog.ProductUpdated;
import io.lead2cash.platform.domain.TrackedEntity;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A product, family or bundle. Its life, as in Dynamics 365:
 * <pre>
 * action   from                      to
 * publish  DRAFT, UNDER_REVISION  -> ACTIVE
 * revise   ACTIVE                 -> UNDER_REVISION   (details saved for revert)
 * revert   UNDER_REVISION         -> ACTIVE           (details restored)
 * retire   DRAFT, ACTIVE          -> RETIRED
 * update   DRAFT, UNDER_REVISION     (unchanged)
 * </pre>
 * Only Active and Under Revision products can be priced; the structure is fixed at creation.
 */
@Entity
@Table(name = "product")
public class Product extends TrackedEntity {

    public String productNumber;
    public String name;
    public String description;

    @Enumerated(EnumType.STRING)
    public ProductStructure structure;

    @Enumerated(EnumType.STRING)
    public ProductType type;

    @Enumerated(EnumType.STRING)
    public ProductState state;

    public UUID unitGroupId;
    public UUID defaultUnitId;
    public String priceCurrency;
    public BigDecimal listPrice;
    public BigDecimal currentCost;
    public BigDecimal standardCost;
    public int decimalsSupported;
    public LocalDate validFrom;
    public LocalDate validTo;
    public UUID parentId;
    public String revisionSnapshot;

    @ElementCollection
    @CollectionTable(name = "bundle_component", joinColumns = @JoinColumn(name = "bundle_id"))
    @OrderColumn(name = "position")
    public List<Component> components = new ArrayList<>();

    /** A product in a bundle. */
    @Embeddable
    public static class Component {
        public UUID productId;
        public BigDecimal quantity;
        public UUID unitId;

        public Component() {
        }

        public Component(UUID productId, BigDecimal quantity, UUID unitId) {
            this.productId = productId;
            this.quantity = quantity;
            this.unitId = unitId;
        }
    }

    /** What a catalog manager sets on a product; the structure is given once, at creation. */
    public record Details(String productNumber, String name, String description, ProductType type, UUID unitGroupId,
            UUID defaultUnitId, Money listPrice, Money currentCost, Money standardCost, int decimalsSupported,
            LocalDate validFrom, LocalDate validTo, UUID parentId, List<ProductData.BundleComponentData> components) {
    }

    public static Product create(ProductStructure structure, Details details) {
        Product product = new Product();
        product.initialise();
        product.structure = structure;
        product.state = ProductState.DRAFT;
        product.apply(details);
        return product;
    }

    public ProductCreated created() {
        return new ProductCreated(UUID.randomUUID(), modifiedAt, data());
    }

    public ProductUpdated update(Details details) {
        require("update", ProductState.DRAFT, ProductState.UNDER_REVISION);
        apply(details);
        touch();
        return new ProductUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    public ProductPublished publish() {
        move("publish", ProductState.ACTIVE, ProductState.DRAFT, ProductState.UNDER_REVISION);
        revisionSnapshot = null;
        return new ProductPublished(UUID.randomUUID(), modifiedAt, data());
    }

    /** Puts an active product under revision, keeping its details (as JSON) for {@link #revert}. */
    public ProductRevised revise(String snapshot) {
        move("revise", ProductState.UNDER_REVISION, ProductState.ACTIVE);
        revisionSnapshot = snapshot;
        return new ProductRevised(UUID.randomUUID(), modifiedAt, data());
    }

    /** Abandons a revision: the product is active again with the details it had before. */
    public ProductRevisionReverted revert(Details saved) {
        move("revert", ProductState.ACTIVE, ProductState.UNDER_REVISION);
        apply(saved);
        revisionSnapshot = null;
        return new ProductRevisionReverted(UUID.randomUUID(), modifiedAt, data());
    }

    public ProductRetired retire() {
        move("retire", ProductState.RETIRED, ProductState.DRAFT, ProductState.ACTIVE);
        return new ProductRetired(UUID.randomUUID(), modifiedAt, data());
    }

    /** Whether the pricing engine may price it. */
    public boolean sellable() {
        return state == ProductState.ACTIVE || state == ProductState.UNDER_REVISION;
    }

    public Details details() {
        return new Details(productNumber, name, description, type, unitGroupId, defaultUnitId, money(listPrice),
                money(currentCost), money(standardCost), decimalsSupported, validFrom, validTo, parentId,
                componentData());
    }

    public ProductData data() {
        return new ProductData(id, productNumber, name, description, structure, type, state, unitGroupId, defaultUnitId,
                money(listPrice), money(currentCost), money(standardCost), decimalsSupported, validFrom, validTo, parentId,
                componentData());
    }

    private List<ProductData.BundleComponentData> componentData() {
        return components.stream().map(c -> new ProductData.BundleComponentData(c.productId, c.quantity, c.unitId)).toList();
    }

    private Money money(BigDecimal amount) {
        return Money.ofNullable(amount, priceCurrency);
    }

    private void apply(Details d) {
        productNumber = d.productNumber();
        name = d.name();
        description = d.description();
        type = d.type();
        unitGroupId = d.unitGroupId();
        defaultUnitId = d.defaultUnitId();
        priceCurrency = currencyOf(d.listPrice(), d.currentCost(), d.standardCost());
        listPrice = d.listPrice() == null ? null : d.listPrice().amount();
        currentCost = d.currentCost() == null ? null : d.currentCost().amount();
        standardCost = d.standardCost() == null ? null : d.standardCost().amount();
        decimalsSupported = d.decimalsSupported();
        validFrom = d.validFrom();
        validTo = d.validTo();
        parentId = d.parentId();
        components.clear();
        if (d.components() != null) {
            d.components().forEach(c -> components.add(new Component(c.productId(), c.quantity(), c.unitId())));
        }
    }

    private static String currencyOf(Money... amounts) {
        String currency = null;
        for (Money m : amounts) {
            if (m != null) {
                if (currency != null && !currency.equals(m.currency())) {
                    throw ProblemException.invalid("currentCost.currency",
                            "must be the currency of the list price: a product's prices share one currency");
                }
                currency = m.currency();
            }
        }
        return currency;
    }

    /** Takes the product from one of the states the action is allowed in to the next one (409 from any other). */
    private void move(String action, ProductState to, ProductState... from) {
        require(action, from);
        state = to;
        touch();
    }

    private void require(String action, ProductState... allowed) {
        if (!Set.of(allowed).contains(state)) {
            throw ProblemException.illegalTransition("product", state, action);
        }
    }
}
