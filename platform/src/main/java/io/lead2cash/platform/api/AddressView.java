package io.lead2cash.platform.api;

import io.lead2cash.events.PostalAddress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address as the API shows it (an order's or invoice's bill-to address); absent lines are null. */
@Schema(name = "Address")
public record AddressView(@Schema(nullable = true) String street1, @Schema(nullable = true) String street2,
        @Schema(nullable = true) String postalCode, @Schema(nullable = true) String city,
        @Schema(nullable = true) String stateOrProvince, @Schema(nullable = true) String country) {

    /** The view of {@code address}, or null when it has no line at all. */
    public static AddressView of(PostalAddress address) {
        return PostalAddress.isBlank(address) ? null : new AddressView(address.street1(), address.street2(),
                address.postalCode(), address.city(), address.stateOrProvince(), address.country());
    }
}
