package io.lead2cash.events;

/** The kind of customer record a sale is for: an account (a company) or a contact (a person buying alone). */
public enum CustomerType {
    ACCOUNT, CONTACT
}
