package io.lead2cash.events.catalog;

/** Whether and which way a calculated price is rounded. */
public enum RoundingPolicy {
    NONE, UP, DOWN, NEAREST
}
