package io.lead2cash.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The number (and optionally the name) of a product's draft copy. */
@Schema(name = "CloneRequest")
public record CloneRequest(@NotBlank @Size(max = 100) String productNumber, @Size(max = 200) String name) {
}
