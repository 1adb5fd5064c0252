package io.lead2cash.opportunity.domain.quote;

import java.util.UUID;

/**
 * A draft quote is being deleted, inside the deleting transaction: what regards it (its activities and notes) goes
 * with it, each with its event.
 */
public record QuoteDiscarded(UUID quoteId) {
}
