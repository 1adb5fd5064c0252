package io.lead2cash.opportunity.domain.opportunity;

import java.util.UUID;

/**
 * An opportunity with product lines moved to another price list (a CDI event, inside the changing transaction): its
 * lines are priced again on the new list, so they never show prices of a list the opportunity no longer uses.
 */
public record PriceListSwitched(UUID opportunityId) {
}
