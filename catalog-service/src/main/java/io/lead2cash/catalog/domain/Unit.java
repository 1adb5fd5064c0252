package io.lead2cash.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A unit of a unit group: {@code quantity} of the unit it is defined by, {@code baseQuantity} base units. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_group_id")
    public UnitGroup group;

    public String name;
    public BigDecimal quantity;
    public UUID definedBy;
    public BigDecimal baseQuantity;
    public int position;

    static Unit base(UnitGroup group, String name) {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.group = group;
        unit.name = name;
        unit.quantity = BigDecimal.ONE;
        unit.baseQuantity = BigDecimal.ONE;
        unit.position = 0;
        return unit;
    }

    static Unit of(UnitGroup group, String name, BigDecimal quantity, Unit definedBy, int position) {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.group = group;
        unit.name = name;
        unit.quantity = quantity;
        unit.definedBy = definedBy.id;
        unit.baseQuantity = quantity.multiply(definedBy.baseQuantity);
        unit.position = position;
        return unit;
    }
}
