package io.lead2cash.events.opportunities;

/**
 * Why an activity is in its state. Tasks: open as NOT_STARTED, IN_PROGRESS, WAITING_ON_SOMEONE_ELSE or DEFERRED.
 * Phone calls: OPEN, completed as MADE or RECEIVED. Appointments: open as FREE or TENTATIVE, scheduled as BUSY or
 * OUT_OF_OFFICE. Logged e-mails: completed as SENT or RECEIVED (nothing is sent). All: COMPLETED, CANCELED.
 */
public enum ActivityStatusReason {
    NOT_STARTED, IN_PROGRESS, WAITING_ON_SOMEONE_ELSE, DEFERRED, OPEN, MADE, RECEIVED, FREE, TENTATIVE, BUSY, OUT_OF_OFFICE,
    COMPLETED, CANCELED, SENT
}
