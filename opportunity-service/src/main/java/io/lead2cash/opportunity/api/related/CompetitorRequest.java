package io.lead2cash.opportunity.api.related;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competitor as a user records it. */
@Schema(name = "CompetitorRequest")
public record CompetitorRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Size(max = 4000) String strengths,
        @Size(max = 4000) String weaknesses) {
}
