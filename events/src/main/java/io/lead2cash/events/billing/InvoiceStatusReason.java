package io.lead2cash.events.billing;

/**
 * Why an invoice is in its state: NEW and BILLED while active, PARTIAL and COMPLETE once paid, CREDITED once closed by
 * credit notes, CANCELED.
 */
public enum InvoiceStatusReason { NEW, BILLED, PARTIAL, COMPLETE, CREDITED, CANCELED }
