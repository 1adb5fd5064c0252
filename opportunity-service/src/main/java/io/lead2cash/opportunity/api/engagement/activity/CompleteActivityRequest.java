package io.lead2cash.opportunity.api.engagement.activity;

import io.lead2cash.events.opportunities.ActivityStatusReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an activity was completed: phone calls MADE or RECEIVED (by default from their direction), others COMPLETED. */
@Schema(name = "CompleteActivityRequest")
public record CompleteActivityRequest(ActivityStatusReason statusReason) {
}
