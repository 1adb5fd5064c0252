package io.lead2cash.opportunity.api.related;

import io.lead2cash.events.opportunities.SalesLiteratureType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sales literature as it is published: a name, a type and at least one document or link. */
@Schema(name = "SalesLiteratureRequest")
public record SalesLiteratureRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Defaults to GENERAL") SalesLiteratureType type,
        @Size(max = 200) String subject,
        @Size(max = 4000) String description,
        @Schema(description = "After this day it is no longer given to customers") LocalDate expirationDate,
        @NotEmpty(message = "must list at least one document") @Size(max = 20) List<@NotNull(message = "is required") @Valid Document> documents) {

    /** One document: a title and where the customer reads or downloads it. */
    @Schema(name = "SalesDocument")
    public record Document(@NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {
    }
}
