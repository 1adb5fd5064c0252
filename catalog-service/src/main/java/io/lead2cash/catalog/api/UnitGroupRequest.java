package io.lead2cash.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit group with the name of its base unit (given once, at creation). */
@Schema(name = "UnitGroupRequest")
public record UnitGroupRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Coffee weight") String name,
        @Size(max = 100) @Schema(description = "Name of the base unit; required to create", example = "kg") String baseUnit) {
}
