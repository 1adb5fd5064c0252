package io.lead2cash.events.billing;

/**
 * Where a sales order stands, as Dataverse has it: active (being worked), submitted (to fulfilment: locked), fulfilled
 * (delivered, completely or partly), invoiced (everything delivered is invoiced) or canceled.
 */
public enum OrderState { ACTIVE, SUBMITTED, FULFILLED, INVOICED, CANCELED }
