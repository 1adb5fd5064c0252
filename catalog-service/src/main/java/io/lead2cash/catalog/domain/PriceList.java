package io.lead2cash.catalog.domain;

import io.lead2cash.events.catalog.PriceListChanged;
import io.lead2cash.events.catalog.PriceListCreated;
import io.lead2cash.events.catalog.PriceListData;
import io.lead2cash.events.catalog.PriceListState;
import io.lead2cash.platform.domain.TrackedEntity;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** Prices in one currency for a period; only an active list within its dates prices anything. */
@Entity
@Table(name = "price_list")
public class PriceList extends TrackedEntity {

    public String name;
    public String description;
    public String currency;
    public LocalDate validFrom;
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    public PriceListState state;

    /** What a catalog manager sets; the currency is fixed at creation since items are priced in it. */
    public record Details(String name, String description, LocalDate validFrom, LocalDate validTo, PriceListState state) {
    }

    public static PriceList create(String currency, Details details) {
        PriceList list = new PriceList();
        list.initialise();
        list.currency = currency;
        list.apply(details);
        return list;
    }

    public PriceListCreated created() {
        return new PriceListCreated(UUID.randomUUID(), modifiedAt, data());
    }

    public PriceListChanged update(Details details) {
        apply(details);
        touch();
        return changed();
    }

    public PriceListChanged changed() {
        return new PriceListChanged(UUID.randomUUID(), modifiedAt, data());
    }

    /** Whether the list may price on a date: active and within its validity. */
    public boolean validOn(LocalDate date) {
        return state == PriceListState.ACTIVE && (validFrom == null || !date.isBefore(validFrom))
                && (validTo == null || !date.isAfter(validTo));
    }

    private void apply(Details d) {
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
        name = d.name();
        description = d.description();
        validFrom = d.validFrom();
        validTo = d.validTo();
        state = d.state() == null ? PriceListState.ACTIVE : d.state();
    }

    public PriceListData data() {
        return new PriceListData(id, name, description, currency, validFrom, validTo, state);
    }
}
