package io.lead2cash.platform.catalog;

import java.util.List;

/** Calls the catalog's pricing engine for the services that price lines, with one meaning for "it failed". */
public final class CatalogPricing {

    private CatalogPricing() {
    }

    /**
     * The priced lines, in the request's order (each a price or the catalog's error code).
     *
     * @throws CatalogUnavailable when the catalog cannot be reached, keeps failing, or answers with another number of lines
     */
    public static List<CatalogClient.PricingResult.PricedLine> price(CatalogClient catalog, CatalogClient.PricingRequest request) {
        CatalogClient.PricingResult result;
        try {
            result = catalog.calculate(request);
        } catch (RuntimeException e) {
            throw new CatalogUnavailable(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        if (result == null || result.lines() == null || result.lines().size() != request.lines().size()) {
            throw new CatalogUnavailable("the catalog answered with another number of lines", null);
        }
        return result.lines();
    }

    /** The catalog could not price anything now. */
    public static class CatalogUnavailable extends RuntimeException {
        public CatalogUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
