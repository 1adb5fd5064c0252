package io.lead2cash.events.opportunities;

/** How urgent an activity is. */
public enum ActivityPriority { LOW, NORMAL, HIGH }
