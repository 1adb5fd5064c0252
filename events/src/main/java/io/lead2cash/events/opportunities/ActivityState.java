package io.lead2cash.events.opportunities;

/** Where an activity stands: open (appointments: scheduled), completed or canceled. */
public enum ActivityState { OPEN, SCHEDULED, COMPLETED, CANCELED }
