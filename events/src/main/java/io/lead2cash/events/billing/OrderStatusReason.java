package io.lead2cash.events.billing;

/**
 * Why an order is in its state: NEW and PENDING while active, COMPLETE and PARTIAL once fulfilled, NO_MONEY when
 * canceled (Dynamics 365's only cancel reason; the order keeps the reason given in words as well).
 */
public enum OrderStatusReason { NEW, PENDING, COMPLETE, PARTIAL, NO_MONEY }
