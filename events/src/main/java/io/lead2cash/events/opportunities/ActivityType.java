package io.lead2cash.events.opportunities;

/** The kinds of activity a seller records regarding an opportunity. */
public enum ActivityType { TASK, PHONE_CALL, APPOINTMENT }
