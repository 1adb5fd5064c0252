package io.lead2cash.billing;

import io.lead2cash.events.BusinessEvent;
import io.lead2cash.events.CustomerReference;
import io.lead2cash.events.CustomerType;
import io.lead2cash.events.Money;
import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.PricedTotals;
import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.ContactCreated;
import io.lead2cash.events.leads.ContactData;
import io.lead2cash.events.ProductLineData;
import io.lead2cash.events.opportunities.QuoteAccepted;
import io.lead2cash.events.opportunities.QuoteData;
import io.lead2cash.events.opportunities.QuoteState;
import io.lead2cash.events.opportunities.QuoteStatusReason;
import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.lead2cash.platform.testing.EventsOnTheBroker;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/**
 * The opportunity-service as billing sees it: its events, published on the real broker as the outbox relay does.
 * The standard accepted quote is 5 espresso machines and 10 bags of coffee, 5 % header discount and 50.00 freight,
 * 6047.20 EUR in all.
 */
final class OpportunitySide {

    static final String TOTAL = "6047.20";


    private OpportunitySide() {
    }

    static RequestSpecification clerk() {
        return Auth.as("ben", null, Roles.BILLING_CLERK);
    }

    static RequestSpecification rep(String user, String team) {
        return Auth.as(user, team, Roles.SALES_REP);
    }

    /** Publishes an event on its topic, keyed and headed as its publisher's outbox relay does. */
    static void publish(BusinessEvent event) {
        EventsOnTheBroker.publish(event);
    }

    /** The standard accepted quote of an opportunity owned by {@code owner} of {@code team}. */
    static QuoteAccepted accepted(UUID opportunity, String owner, String team) {
        return accepted(opportunity, owner, team, Instant.now());
    }

    /** The standard quote, accepted at a given time. */
    static QuoteAccepted accepted(UUID opportunity, String owner, String team, Instant at) {
        return accepted(opportunity, owner, team, at, UUID.randomUUID());
    }

    /** The standard quote for the account {@code customer}, accepted at a given time. */
    static QuoteAccepted accepted(UUID opportunity, String owner, String team, Instant at, UUID customer) {
        return accepted(opportunity, owner, team, at, new CustomerReference(CustomerType.ACCOUNT, customer, "Café Lumière"));
    }

    /** The standard quote for an account or contact, accepted at a given time. */
    static QuoteAccepted accepted(UUID opportunity, String owner, String team, Instant at, CustomerReference customer) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        UUID quote = UUID.randomUUID();
        QuoteData data = new QuoteData(quote, "QUO-" + quote.toString().substring(0, 6), 1, "Espresso for Lyon", opportunity,
                customer, owner, team, UUID.randomUUID(),
                "EUR", new PricedTotals(eur("5170.00"), new BigDecimal("5"), eur("0.00"), eur("258.50"), eur("4911.50"),
                        eur("50.00"), eur("1085.70"), eur(TOTAL)), QuoteState.WON, QuoteStatusReason.WON, null, now, now);
        return new QuoteAccepted(UUID.randomUUID(), now, data, List.of(
                new ProductLineData(1, UUID.randomUUID(), "ESP-SEMI-01", "Semi-automatic espresso machine", null, UUID.randomUUID(), new BigDecimal("5"), d("1000.00"), d("0.00"),
                        d("5000.00"), d("0.00"), d("1050.00"), d("6050.00"), null),
                new ProductLineData(2, null, null, null, "House roast, 1 kg", null, new BigDecimal("10"), d("20.00"), d("2.00"), d("180.00"),
                        d("10.00"), d("35.70"), d("205.70"), null)));
    }

    /** A quote of these lines (no header discount, freight or tax), accepted now for a deal owned by alice of north. */
    static QuoteAccepted acceptedWith(List<ProductLineData> lines) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID quote = UUID.randomUUID();
        Money total = eur(lines.stream().map(ProductLineData::extendedAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .toPlainString());
        QuoteData data = new QuoteData(quote, "QUO-" + quote.toString().substring(0, 6), 0, "Lines", UUID.randomUUID(),
                new CustomerReference(CustomerType.ACCOUNT, UUID.randomUUID(), "Café Lumière"), "alice", "north",
                UUID.randomUUID(), "EUR", new PricedTotals(total, BigDecimal.ZERO, eur("0.00"), eur("0.00"), total,
                eur("0.00"), eur("0.00"), total), QuoteState.WON, QuoteStatusReason.WON, null, now, now);
        return new QuoteAccepted(UUID.randomUUID(), now, data, lines);
    }

    /** The leads-service's AccountCreated for account {@code id} at {@code address}. */
    static AccountCreated accountCreated(UUID id, PostalAddress address, Instant at) {
        return new AccountCreated(UUID.randomUUID(), at.truncatedTo(ChronoUnit.MICROS), new AccountData(id, "Café Lumière SARL",
                null, null, null, null, address, null, "alice", "north"));
    }

    /** The leads-service's ContactCreated for contact {@code id}, a B2C customer, at {@code address}. */
    static ContactCreated contactCreated(UUID id, PostalAddress address, Instant at) {
        return new ContactCreated(UUID.randomUUID(), at.truncatedTo(ChronoUnit.MICROS), new ContactData(id, "Ana", "Silva",
                null, null, null, null, address, "alice", "north"));
    }

    /** An account named {@code name} the leads-service published, known to billing when this returns. */
    static UUID knownAccount(String name) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EventsOnTheBroker.publish(new AccountCreated(UUID.randomUUID(), now, new AccountData(id, name, null, null, null, null,
                PostalAddress.NONE, null, "alice", "north")), "urn:lead2cash:leads-service");
        await().atMost(Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> io.lead2cash.billing.domain.customer.CustomerAddress.findById(id) != null));
        return id;
    }

    /** Publishes the quote's acceptance and waits for its order; returns the order id. */
    static String orderFor(QuoteAccepted accepted) {
        publish(accepted);
        String quote = accepted.quote().id().toString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> clerk().queryParam("quoteId", quote).when()
                .get("/api/orders").then().statusCode(200).body("totalItems", is(1)));
        return clerk().queryParam("quoteId", quote).when().get("/api/orders").then().extract().path("items[0].id");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static BigDecimal d(String amount) {
        return new BigDecimal(amount);
    }
}
