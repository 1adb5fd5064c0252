package io.lead2cash.events.opportunities;

/** The kinds of activity a seller records regarding a record: tasks, calls, appointments and logged e-mails. */
public enum ActivityType { TASK, PHONE_CALL, APPOINTMENT, EMAIL }
