package io.lead2cash.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx response of the suite. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "URI naming the kind of problem", example = "urn:lead2cash:problem:validation")
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @Schema(description = "The fields that broke a rule; empty when the problem is not about fields")
        List<FieldError> errors,
        @Schema(hidden = true)
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Extension members (e.g. {@code duplicates}) appear at the top level, as RFC 9457 says. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** A field that broke a rule: {@code field} is the JSON path in the request, {@code rule} the rule. */
    public record FieldError(String field, String rule) {
    }
}
