package io.lead2cash.platform.domain;

import io.lead2cash.events.PostalAddress;
import jakarta.persistence.Embeddable;

/**
 * A postal address stored on its record (lead, account, order, invoice): the columns of {@link PostalAddress}.
 * Records with a second address rename the columns with {@code @AttributeOverride}.
 */
@Embeddable
public class Address {

    public String street1;
    public String street2;
    public String postalCode;
    public String city;
    public String stateOrProvince;
    public String country;

    /** The columns holding {@code address}; none set when it is null. */
    public static Address of(PostalAddress address) {
        Address columns = new Address();
        if (address != null) {
            columns.street1 = address.street1();
            columns.street2 = address.street2();
            columns.postalCode = address.postalCode();
            columns.city = address.city();
            columns.stateOrProvince = address.stateOrProvince();
            columns.country = address.country();
        }
        return columns;
    }

    /** The address as events and views carry it; Hibernate loads an address with no column set as null. */
    public static PostalAddress dataOf(Address columns) {
        return columns == null ? PostalAddress.NONE : new PostalAddress(columns.street1, columns.street2,
                columns.postalCode, columns.city, columns.stateOrProvince, columns.country);
    }
}
