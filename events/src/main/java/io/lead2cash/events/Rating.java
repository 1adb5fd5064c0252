package io.lead2cash.events;

/** How likely a lead or opportunity is to close, as the sales rep judges it. */
public enum Rating {
    HOT, WARM, COLD
}
