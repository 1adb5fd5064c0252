package io.lead2cash.catalog.domain;

import io.lead2cash.events.catalog.DiscountListChanged;
import io.lead2cash.events.catalog.DiscountListCreated;
import io.lead2cash.events.catalog.DiscountListData;
import io.lead2cash.events.catalog.DiscountListDeleted;
import io.lead2cash.events.catalog.DiscountType;
import io.lead2cash.platform.domain.TrackedEntity;
import io.lead2cash.platform.problem.Problem;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Volume discounts: quantity bands {@code low..high} (inclusive, never overlapping) that take an amount or a
 * percentage off the price per unit. The type is fixed at creation; a list in use cannot be deleted.
 */
@Entity
@Table(name = "discount_list")
public class DiscountList extends TrackedEntity {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public String name;

    @Enumerated(EnumType.STRING)
    public DiscountType type;

    /** Currency of amount-type lists; null for percentage lists. */
    public String currency;

    @ElementCollection
    @CollectionTable(name = "discount_band", joinColumns = @JoinColumn(name = "discount_list_id"))
    @OrderColumn(name = "position")
    public List<Band> bands = new ArrayList<>();

    /** One quantity band. */
    @Embeddable
    public static class Band {
        public BigDecimal lowQuantity;
        public BigDecimal highQuantity;
        public BigDecimal value;

        public Band() {
        }

        public Band(BigDecimal lowQuantity, BigDecimal highQuantity, BigDecimal value) {
            this.lowQuantity = lowQuantity;
            this.highQuantity = highQuantity;
            this.value = value;
        }
    }

    public static DiscountList create(String name, DiscountType type, String currency, List<Band> bands) {
        DiscountList list = new DiscountList();
        list.initialise();
        list.type = type;
        if (type == DiscountType.AMOUNT && currency == null) {
            throw ProblemException.invalid("currency", "is required for an amount discount list");
        }
        list.currency = type == DiscountType.AMOUNT ? currency : null;
        list.change(name, bands);
        return list;
    }

    public DiscountListCreated created() {
        return new DiscountListCreated(UUID.randomUUID(), modifiedAt, data());
    }

    /** Renames the list and replaces its bands, refusing inverted or overlapping bands. */
    public DiscountListChanged update(String newName, List<Band> newBands) {
        change(newName, newBands);
        touch();
        return new DiscountListChanged(UUID.randomUUID(), modifiedAt, data());
    }

    public DiscountListDeleted deleted() {
        return new DiscountListDeleted(UUID.randomUUID(), now(), data());
    }

    /** The band a quantity falls in, if any. */
    public Optional<Band> bandFor(BigDecimal quantity) {
        return bands.stream()
                .filter(b -> b.lowQuantity.compareTo(quantity) <= 0 && quantity.compareTo(b.highQuantity) <= 0)
                .findFirst();
    }

    private void change(String newName, List<Band> newBands) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < newBands.size(); i++) {
            Band b = newBands.get(i);
            if (b.lowQuantity.compareTo(b.highQuantity) > 0) {
                errors.add(new Problem.FieldError("bands[" + i + "].highQuantity", "must not be below lowQuantity"));
            }
            if (type == DiscountType.PERCENTAGE && b.value.compareTo(HUNDRED) > 0) {
                errors.add(new Problem.FieldError("bands[" + i + "].value", "must be at most 100 (percent)"));
            }
        }
        List<Band> sorted = new ArrayList<>(newBands);
        sorted.sort(Comparator.comparing(b -> b.lowQuantity));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).lowQuantity.compareTo(sorted.get(i - 1).highQuantity) <= 0) {
                errors.add(new Problem.FieldError("bands[" + newBands.indexOf(sorted.get(i)) + "]",
                        "overlaps the band " + sorted.get(i - 1).lowQuantity.stripTrailingZeros().toPlainString() + ".."
                                + sorted.get(i - 1).highQuantity.stripTrailingZeros().toPlainString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The bands are not valid", errors, Map.of());
        }
        name = newName;
        bands.clear();
        bands.addAll(sorted);
    }

    public DiscountListData data() {
        return new DiscountListData(id, name, type, currency,
                bands.stream().map(b -> new DiscountListData.Band(b.lowQuantity, b.highQuantity, b.value)).toList());
    }
}
