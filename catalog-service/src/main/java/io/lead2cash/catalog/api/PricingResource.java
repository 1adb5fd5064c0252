package io.lead2cash.catalog.api;

import org.jboss.resteasy.reactive.RestResponse;
import io.lead2cash.platform.api.answer.Responses;
import io.lead2cash.platform.idempotency.Idempotent;
import io.lead2cash.catalog.domain.pricing.PricingService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pricing engine: the one place prices are calculated. */
@Path("/api/pricing")
@Tag(name = "Pricing")
@Authenticated
@Idempotent
public class PricingResource {

    @Inject PricingService pricing;

    @POST
    @Path("calculate")
    @Operation(operationId = "calculatePrices", summary = "Price lines on a price list",
            description = "Each line gets its price per unit, volume discount, amount, manual discount, tax and extended "
                    + "amount, or an error code saying why it cannot be priced (the other lines are still priced). "
                    + "Amounts are in the list's currency, rounded half up to its minor unit. Changes nothing, so "
                    + "retries are safe.")
    public RestResponse<PricingResultView> calculate(@Valid @NotNull(message = "is required") PricingRequest body) {
        return Responses.ok(CatalogMapper.view(pricing.calculate(CatalogMapper.calculation(body))));
    }
}
