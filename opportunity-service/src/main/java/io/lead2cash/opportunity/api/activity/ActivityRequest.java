package io.lead2cash.opportunity.api.activity;

import io.lead2cash.events.opportunities.ActivityPriority;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.events.opportunities.CallDirection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new task, phone call or appointment regarding an opportunity. */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotNull(message = "is required") @Schema(description = "TASK, PHONE_CALL or APPOINTMENT") ActivityType type,
        @NotNull(message = "is required") UUID regardingOpportunityId,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 4000) String description,
        @Schema(description = "Defaults to NORMAL") ActivityPriority priority,
        @Schema(description = "When a task or phone call is due") Instant dueAt,
        @Schema(description = "Start of an appointment (required for appointments)") Instant scheduledStart,
        @Schema(description = "End of an appointment (required for appointments)") Instant scheduledEnd,
        @Size(max = 200) @Schema(description = "Where an appointment takes place") String location,
        @Schema(description = "A phone call's direction; defaults to OUTGOING") CallDirection direction,
        @Size(max = 50) String phoneNumber) {
}
