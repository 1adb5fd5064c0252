package io.lead2cash.events.billing;

/**
 * Why an order is in its state: NEW and PENDING while active, IN_PROGRESS once submitted, COMPLETE and PARTIAL once
 * fulfilled, INVOICED once invoiced, NO_MONEY when canceled (Dynamics 365's only cancel reason; the order keeps the
 * reason given in words as well).
 */
public enum OrderStatusReason { NEW, PENDING, IN_PROGRESS, COMPLETE, PARTIAL, INVOICED, NO_MONEY }
