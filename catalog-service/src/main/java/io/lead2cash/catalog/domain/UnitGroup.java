package io.lead2cash.catalog.domain;

import io.lead2cash.events.catalog.UnitGroupChanged;
import io.lead2cash.events.catalog.UnitGroupCreated;
import io.lead2cash.events.catalog.UnitGroupData;
import io.lead2cash.platform.domain.TrackedEntity;
import io.lead2cash.platform.problem.ProblemException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A set of units one product is sold in, all defined from one base unit (kg; bag = 0.25 kg). */
@Entity
@Table(name = "unit_group")
public class UnitGroup extends TrackedEntity {

    public String name;
    public UUID baseUnitId;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Unit> units = new ArrayList<>();

    public static UnitGroup create(String name, String baseUnitName) {
        UnitGroup group = new UnitGroup();
        group.initialise();
        group.name = name;
        Unit base = Unit.base(group, baseUnitName);
        group.units.add(base);
        group.baseUnitId = base.id;
        return group;
    }

    public UnitGroupCreated created() {
        return new UnitGroupCreated(UUID.randomUUID(), modifiedAt, data());
    }

    public UnitGroupChanged rename(String newName) {
        name = newName;
        touch();
        return new UnitGroupChanged(UUID.randomUUID(), modifiedAt, data());
    }

    /** Adds a unit defined as {@code quantity} of another unit of this group. */
    public Unit addUnit(String unitName, BigDecimal quantity, UUID definedBy) {
        if (unit(unitName).isPresent()) {
            throw new ProblemException(io.lead2cash.platform.problem.ProblemType.CONFLICT,
                    "Unit group " + name + " already has a unit named " + unitName);
        }
        Unit reference = unit(definedBy).orElseThrow(() -> ProblemException.invalid("definedBy",
                "must name a unit of this unit group"));
        Unit unit = Unit.of(this, unitName, quantity, reference, units.size());
        units.add(unit);
        touch();
        return unit;
    }

    public UnitGroupChanged changed() {
        return new UnitGroupChanged(UUID.randomUUID(), modifiedAt, data());
    }

    public Optional<Unit> unit(UUID unitId) {
        return units.stream().filter(u -> u.id.equals(unitId)).findFirst();
    }

    private Optional<Unit> unit(String unitName) {
        return units.stream().filter(u -> u.name.toLowerCase(Locale.ROOT).equals(unitName.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public UnitGroupData data() {
        return new UnitGroupData(id, name, baseUnitId, units.stream()
                .map(u -> new UnitGroupData.UnitData(u.id, u.name, u.quantity, u.definedBy, u.baseQuantity)).toList());
    }
}
