package io.lead2cash.opportunity;

import static org.awaitility.Awaitility.await;

import io.lead2cash.events.PostalAddress;
import io.lead2cash.events.leads.AccountCreated;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.ContactCreated;
import io.lead2cash.events.leads.ContactData;
import io.lead2cash.platform.testing.EventsOnTheBroker;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Accounts and contacts as the leads-service publishes them: an opportunity names a customer the suite knows, and this
 * service knows one once it has applied its event.
 */
final class Customers {

    private static UUID shared;

    private Customers() {
    }

    /** One account every test may name as the customer of its opportunities. */
    static synchronized UUID account() {
        if (shared == null) {
            shared = account("Café Lumière", "alice", "north");
        }
        return shared;
    }

    /** A new account owned by {@code owner}, known here when this returns. */
    static UUID account(String name, String owner, String team) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EventsOnTheBroker.publish(new AccountCreated(UUID.randomUUID(), now, new AccountData(id, name, null, null, null,
                null, PostalAddress.NONE, null, owner, team)), "urn:lead2cash:leads-service");
        return known("accounts", id);
    }

    /** A new contact owned by {@code owner}, known here when this returns. */
    static UUID contact(String lastName, String owner, String team) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EventsOnTheBroker.publish(new ContactCreated(UUID.randomUUID(), now, new ContactData(id, "Ana", lastName, null,
                null, null, null, PostalAddress.NONE, owner, team)), "urn:lead2cash:leads-service");
        return known("contacts", id);
    }

    private static UUID known(String collection, UUID id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Reps.maria().when().get("/api/" + collection + "/" + id
                + "/timeline").then().extract().statusCode() == 200);
        return id;
    }
}
