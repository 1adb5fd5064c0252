package io.lead2cash.billing.domain.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Prices the catalog lines of an order created directly: the catalog-service's pricing engine, reached over REST. */
public interface OrderPricing {

    /** A catalog line to price. */
    record Request(UUID productId, UUID unitId, BigDecimal quantity, BigDecimal manualDiscount, BigDecimal tax,
            BigDecimal priceOverride) {
    }

    /** One line's price, or the catalog's error code and message. */
    record Outcome(String productNumber, String productName, UUID unitId, BigDecimal pricePerUnit, BigDecimal volumeDiscount, BigDecimal amount,
            BigDecimal extendedAmount, String error, String message) {
    }

    /**
     * Prices the lines, in order, on a price list.
     *
     * @throws Unavailable when the catalog cannot be reached or keeps failing
     */
    List<Outcome> price(UUID priceListId, String currency, List<Request> lines);

    /** The catalog could not price anything now. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
