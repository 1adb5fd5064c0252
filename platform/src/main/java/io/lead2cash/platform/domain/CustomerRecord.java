package io.lead2cash.platform.domain;

import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.CustomerType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** An owned record made for one customer (opportunity, quote, order, invoice): which account or contact, by id and name. */
@MappedSuperclass
public abstract class CustomerRecord extends OwnedEntity {

    @Enumerated(EnumType.STRING)
    public CustomerType customerType;

    public UUID customerId;
    public String customerName;

    /** The customer as events name it. */
    public CustomerReference customer() {
        return new CustomerReference(customerType, customerId, customerName);
    }
}
