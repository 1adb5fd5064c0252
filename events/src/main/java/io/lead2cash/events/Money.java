package io.lead2cash.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount in an ISO 4217 currency. The amount travels as a decimal string so no client
 * rounds it through a binary floating point number.
 */
public record Money(
        @JsonProperty(required = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @JsonPropertyDescription("Exact decimal amount, e.g. \"12500.00\"")
        BigDecimal amount,
        @JsonProperty(required = true)
        @JsonPropertyDescription("ISO 4217 currency code, e.g. \"EUR\"")
        String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** The same amount with the opposite sign, e.g. to take back what a canceled invoice had added. */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * The same amount shown with at least the currency's minor digits and no padding beyond them
     * (12500.0000 EUR becomes 12500.00, 0.125 stays 0.125), as stored amounts are read back.
     */
    /** The amount in the currency at its scale (see {@link #atCurrencyScale()}), or null when there is no amount. */
    public static Money ofNullable(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(atCurrencyScale(amount, currency), currency);
    }

    public Money atCurrencyScale() {
        return new Money(atCurrencyScale(amount, currency), currency);
    }

    /** An amount in a currency shown with at least the currency's minor digits and no padding beyond them. */
    public static BigDecimal atCurrencyScale(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        int minor = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < minor ? stripped.setScale(minor) : stripped;
    }
}
