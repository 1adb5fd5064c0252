package io.lead2cash.billing.domain.customer;

import io.lead2cash.events.CustomerType;
import io.lead2cash.platform.domain.Address;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account's or contact's name and address as the leads-service last published them: the bill-to of its orders. */
@Entity
@Table(name = "customer_address")
public class CustomerAddress extends PanacheEntityBase {

    @Id
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    public CustomerType customerType;

    public String name;

    @Embedded
    public Address address;

    /** When the customer changed to this: an older event that arrives late changes nothing. */
    public Instant changedAt;
}
