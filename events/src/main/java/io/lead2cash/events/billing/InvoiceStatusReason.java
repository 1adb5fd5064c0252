package io.lead2cash.events.billing;

/** Why an invoice is in its state: NEW and BILLED while active, PARTIAL and COMPLETE once paid, CANCELED. */
public enum InvoiceStatusReason { NEW, BILLED, PARTIAL, COMPLETE, CANCELED }
