package io.lead2cash.platform.domain;

import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An owned record made for one customer in one currency (opportunity, quote, order, invoice): which account or
 * contact, by id and name, and the ISO 4217 currency its amounts are in.
 */
@MappedSuperclass
public abstract class CustomerRecord extends OwnedEntity {

    @Enumerated(EnumType.STRING)
    public CustomerType customerType;

    public UUID customerId;
    public String customerName;
    public String currency;

    /** Sells to this customer in this currency: what a deal is opened with, and what its documents copy from it. */
    public void sellTo(CustomerType type, UUID id, String name, String inCurrency) {
        customerType = type;
        customerId = id;
        customerName = name;
        currency = inCurrency;
    }

    /** The currency its amounts are in. */
    public String currency() {
        return currency;
    }

    /** The number of minor digits of the record's currency (2 for EUR, 0 for JPY). */
    public int currencyDigits() {
        return Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** An amount of this record, in its currency at the currency's scale; null stays null. */
    public Money money(BigDecimal amount) {
        return Money.ofNullable(amount, currency);
    }

    /** The customer as events name it. */
    public CustomerReference customer() {
        return new CustomerReference(customerType, customerId, customerName);
    }
}
