package io.lead2cash.opportunity.domain.line;

import java.util.List;
import java.util.UUID;

/** Prices catalog product lines: the catalog-service's pricing engine, reached over REST. */
public interface LinePricing {

    /** One line's outcome: a price, or the catalog's error code and message. */
    record Outcome(PricedLine.Price price, String error, String message) {
    }

    /**
     * Prices the lines, in order, on a price list.
     *
     * @throws PricingUnavailable when the catalog cannot be reached or keeps failing
     */
    List<Outcome> price(UUID priceListId, String currency, List<? extends PricedLine> lines);

    /** The catalog could not price anything now; the lines are kept unpriced and can be repriced later. */
    class PricingUnavailable extends RuntimeException {
        public PricingUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
