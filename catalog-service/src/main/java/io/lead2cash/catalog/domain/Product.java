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
import jakarta.persistence.Column;
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
import java.util.EnumSet;
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

    @Column(name = "product_number")
    public String productNumber;

    public String name;
    public String description;

    @Enumerated(EnumType.STRING)
    public ProductStructure structure;

    @Enumerated(EnumType.STRING)
    public ProductType type;

    @Enumerated(EnumType.STRING)
    public ProductState state;

    @Column(name = "unit_group_id")
    public UUID unitGroupId;

    @Column(name = "default_unit_id")
    public UUID defaultUnitId;

    @Column(name = "price_currency")
    public String priceCurrency;

    @Column(name = "list_price")
    public BigDecimal listPrice;

    @Column(name = "current_cost")
    public BigDecimal currentCost;

    @Column(name = "standard_cost")
    public BigDecimal standardCost;

    @Column(name = "decimals_supported")
    public int decimalsSupported;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "revision_snapshot")
    public String revisionSnapshot;

    @ElementCollection
    @CollectionTable(name = "bundle_component", joinColumns = @JoinColumn(name = "bundle_id"))
    @OrderColumn(name = "position")
    public List<Component> components = new ArrayList<>();

    /** A product in a bundle. */
    @Embeddable
    public static class Component {
        @Column(name = "product_id")
        public UUID productId;
        public BigDecimal quantity;
        @Column(name = "unit_id")
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
        require(EnumSet.of(ProductState.DRAFT, ProductState.UNDER_REVISION), "update");
        apply(details);
        touch();
        return new ProductUpdated(UUID.randomUUID(), modifiedAt, data());
    }

    public ProductPublished publish() {
        require(EnumSet.of(ProductState.DRAFT, ProductState.UNDER_REVISION), "publish");
        state = ProductState.ACTIVE;
        revisionSnapshot = null;
        touch();
        return new ProductPublished(UUID.randomUUID(), modifiedAt, data());
    }

    /** Puts an active product under revision, keeping its details (as JSON) for {@link #revert}. */
    public ProductRevised revise(String snapshot) {
        require(EnumSet.of(ProductState.ACTIVE), "revise");
        state = ProductState.UNDER_REVISION;
        revisionSnapshot = snapshot;
        touch();
        return new ProductRevised(UUID.randomUUID(), modifiedAt, data());
    }

    /** Abandons a revision: the product is active again with the details it had before. */
    public ProductRevisionReverted revert(Details saved) {
        require(EnumSet.of(ProductState.UNDER_REVISION), "revert");
        apply(saved);
        state = ProductState.ACTIVE;
        revisionSnapshot = null;
        touch();
        return new ProductRevisionReverted(UUID.randomUUID(), modifiedAt, data());
    }

    public ProductRetired retire() {
        require(EnumSet.of(ProductState.DRAFT, ProductState.ACTIVE), "retire");
        state = ProductState.RETIRED;
        touch();
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

    private void require(Set<ProductState> allowed, String action) {
        if (!allowed.contains(state)) {
            throw ProblemException.illegalTransition("product", state, action);
        }
    }
}
