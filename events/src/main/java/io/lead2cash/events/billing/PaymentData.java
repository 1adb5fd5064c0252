package io.lead2cash.events.billing;

import io.lead2cash.events.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment received against an invoice: amount, the day it was paid and the customer's reference. */
public record PaymentData(UUID id, Money amount, LocalDate paidOn, String reference, String recordedBy, Instant recordedAt) {
}
