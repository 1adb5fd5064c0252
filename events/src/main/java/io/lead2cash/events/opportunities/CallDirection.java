package io.lead2cash.events.opportunities;

/** Whether a phone call was made to the customer or received from them. */
public enum CallDirection { OUTGOING, INCOMING }
