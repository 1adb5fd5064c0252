package io.lead2cash.platform.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The catalog-service's pricing engine ({@code POST /api/pricing/calculate}, documented in
 * docs/api/catalog-service.yaml), called with the user's own token. The records are this service's tolerant
 * reading of that API: only the fields it uses, unknown ones ignored.
 */
@Path("/api/pricing")
@RegisterRestClient(configKey = "catalog")
@RegisterClientHeaders
public interface CatalogClient {

    @POST
    @Path("calculate")
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    PricingResult calculate(PricingRequest request);

    /** Lines to price on a price list. */
    record PricingRequest(UUID priceListId, String currency, List<Line> lines) {

        /** One line. */
        public record Line(UUID productId, UUID unitId, BigDecimal quantity, BigDecimal manualDiscount, BigDecimal tax,
                BigDecimal priceOverride) {
        }
    }

    /** The priced lines, in the request's order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PricingResult(List<PricedLine> lines) {

        /** A priced line, or its error code. */
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record PricedLine(String productNumber, String productName, UUID unitId, BigDecimal pricePerUnit, BigDecimal volumeDiscountPerUnit, BigDecimal amount,
                BigDecimal extendedAmount, String error, String errorMessage) {
        }
    }
}
