package io.lead2cash.events;

/** What a share allows: reading, or reading and changing (the opportunity and its quotes). */
public enum ShareAccess { READ, READ_WRITE }
