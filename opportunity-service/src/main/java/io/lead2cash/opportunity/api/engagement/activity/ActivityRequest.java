package io.lead2cash.opportunity.api.engagement.activity;

import io.lead2cash.events.opportunities.ActivityPriority;
import io.lead2cash.events.opportunities.ActivityType;
import io.lead2cash.events.opportunities.CallDirection;
import io.lead2cash.events.opportunities.RegardingType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new task, phone call, appointment or logged e-mail regarding a record. */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotNull(message = "is required") @Schema(description = "TASK, PHONE_CALL, APPOINTMENT or EMAIL (logged, not sent)")
        ActivityType type,
        @Schema(description = "The kind of record it regards (with regardingId); or give regardingOpportunityId")
        RegardingType regardingType,
        @Schema(description = "The record it regards, of regardingType") UUID regardingId,
        @Schema(description = "Short for regardingType OPPORTUNITY and this regardingId") UUID regardingOpportunityId,
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 4000) String description,
        @Schema(description = "Defaults to NORMAL") ActivityPriority priority,
        @Schema(description = "When a task or phone call is due") Instant dueAt,
        @Schema(description = "Start of an appointment (required for appointments)") Instant scheduledStart,
        @Schema(description = "End of an appointment (required for appointments)") Instant scheduledEnd,
        @Size(max = 200) @Schema(description = "Where an appointment takes place") String location,
        @Schema(description = "A phone call's direction; defaults to OUTGOING") CallDirection direction,
        @Size(max = 50) String phoneNumber,
        @Email @Size(max = 320) @Schema(description = "A logged e-mail's sender") String fromAddress,
        @Size(max = 2000) @Schema(description = "A logged e-mail's recipients, separated by semicolons") String toAddresses) {
}
