package io.lead2cash.billing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an order is canceled. */
@Schema(name = "CancelOrderRequest")
public record CancelOrderRequest(@NotBlank @Size(max = 1000) String reason) {
}
