package io.lead2cash.events.billing;

/** Where a sales order stands: active (being worked), fulfilled (delivered, complete or partial) or canceled. */
public enum OrderState { ACTIVE, FULFILLED, CANCELED }
