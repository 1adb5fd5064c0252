package io.lead2cash.events.billing;

/** When an invoice falls due, counted in days from its invoice date. */
public enum PaymentTerms {
    DUE_ON_RECEIPT(0), NET_15(15), NET_30(30), NET_45(45), NET_60(60);

    private final int days;

    PaymentTerms(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
