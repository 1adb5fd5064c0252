package io.lead2cash.opportunity.api.engagement.activity;

import io.lead2cash.events.opportunities.ActivityPriority;
import io.lead2cash.events.opportunities.ActivityStatusReason;
import io.lead2cash.events.opportunities.CallDirection;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open activity's new details; its type and the record it regards do not change. */
@Schema(name = "ActivityChangeRequest")
public record ActivityChangeRequest(
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 4000) String description,
        ActivityPriority priority,
        Instant dueAt,
        Instant scheduledStart,
        Instant scheduledEnd,
        @Size(max = 200) String location,
        CallDirection direction,
        @Size(max = 50) String phoneNumber,
        @Email @Size(max = 320) String fromAddress,
        @Size(max = 2000) String toAddresses,
        @Schema(description = "An open status: tasks NOT_STARTED, IN_PROGRESS, WAITING_ON_SOMEONE_ELSE, DEFERRED; "
                + "appointments FREE, TENTATIVE (open) or BUSY, OUT_OF_OFFICE (scheduled)") ActivityStatusReason statusReason) {
}
