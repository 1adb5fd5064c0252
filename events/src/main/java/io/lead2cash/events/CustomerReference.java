package io.lead2cash.events;

import java.util.UUID;

/**
 * The customer a sale is for, as every record of the chain names it: an account or a contact, by id, with the name it
 * had when the record took it. Records carry it flat ({@code customerType}, {@code customerId}, {@code customerName}).
 */
public record CustomerReference(CustomerType customerType, UUID customerId, String customerName) {
}
