package io.lead2cash.opportunity.domain.line;

import java.util.UUID;

/** A record that carries priced product lines (an opportunity, a quote): the terms its lines are priced on. */
public interface LineHolder {

    /** The price list its catalog lines are priced on. */
    UUID priceListId();

    /** The currency its lines are priced in. */
    String currency();

    /** The number of minor digits of its currency (2 for EUR), the scale of write-in prices. */
    int currencyDigits();
}
