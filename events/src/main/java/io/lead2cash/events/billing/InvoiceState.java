package io.lead2cash.events.billing;

/**
 * Where an invoice stands: active (new, or billed to the customer), paid (partly or completely), closed (credit notes
 * took off what was due) or canceled.
 */
public enum InvoiceState { ACTIVE, PAID, CLOSED, CANCELED }
