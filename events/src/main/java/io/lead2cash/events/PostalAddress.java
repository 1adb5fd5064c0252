package io.lead2cash.events;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A postal address as Dynamics 365 keeps it on leads, accounts, orders and invoices (its "address 1"): two street
 * lines, postal code, city, state or province and country, each optional. Records carry it flat.
 */
public record PostalAddress(
        @JsonPropertyDescription("First street line") String street1,
        @JsonPropertyDescription("Second street line") String street2,
        String postalCode,
        String city,
        String stateOrProvince,
        String country) {

    /** The address with no line at all. */
    public static final PostalAddress NONE = new PostalAddress(null, null, null, null, null, null);

    /** Whether no line is set: nothing to print or copy. */
    public static boolean isBlank(PostalAddress address) {
        return address == null || address.equals(NONE);
    }
}
