package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.bob;
import static io.lead2cash.leads.Fixtures.carol;
import static io.lead2cash.leads.Fixtures.createLead;
import static io.lead2cash.leads.Fixtures.leadBody;
import static io.lead2cash.leads.Fixtures.manager;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sharing leads, accounts and contacts with a user or team, with the rules and refusals of opportunities. */
@QuarkusTest
class SharingTest {

    private static final String SHARE_WITH_BOB = "{\"principalType\": \"USER\", \"principalId\": \"bob\", \"access\": \"%s\"}";

    @Test
    void aLeadSharedForReadingIsSeenAndListedButNotChangedByWhomItIsSharedWith() {
        var created = createLead(alice(), "Shared lead");
        String id = created.path("id");
        String etag = created.header("ETag");
        bob().when().get("/api/leads/" + id).then().statusCode(403);

        // Carol is in alice's team but does not own it: only the owner, managers and admins share.
        carol().body(SHARE_WITH_BOB.formatted("READ")).when().post("/api/leads/" + id + "/shares").then().statusCode(403);
        bob().body(SHARE_WITH_BOB.formatted("READ")).when().post("/api/leads/" + id + "/shares").then().statusCode(403);
        alice().body(SHARE_WITH_BOB.formatted("READ")).when().post("/api/leads/" + id + "/shares").then().statusCode(200)
                .body("[0].principalId", is("bob")).body("[0].access", is("READ")).body("[0].grantedBy", is("alice"));

        bob().when().get("/api/leads/" + id).then().statusCode(200);
        bob().queryParam("pageSize", 200).when().get("/api/leads").then().body("items.id", hasItem(id));
        bob().header("If-Match", etag).body(leadBody("Changed by bob")).when().put("/api/leads/" + id).then()
                .statusCode(403);
        bob().when().post("/api/leads/" + id + "/qualify").then().statusCode(403);

        manager().body(SHARE_WITH_BOB.formatted("READ_WRITE")).when().post("/api/leads/" + id + "/shares").then()
                .statusCode(200).body("[0].access", is("READ_WRITE"));
        bob().header("If-Match", etag).body(leadBody("Changed by bob")).when().put("/api/leads/" + id).then()
                .statusCode(200);
        // Sharing is not assigning: a share does not let bob give the lead away.
        bob().body("{\"ownerId\": \"bob\"}").when().post("/api/leads/" + id + "/assign").then().statusCode(403);

        alice().when().delete("/api/leads/" + id + "/shares/USER/bob").then().statusCode(204);
        alice().when().delete("/api/leads/" + id + "/shares/USER/bob").then().statusCode(404);
        alice().when().delete("/api/leads/" + id + "/shares/PLANET/bob").then().statusCode(400)
                .body("errors[0].field", is("principalType"));
        bob().when().get("/api/leads/" + id).then().statusCode(403);
        bob().queryParam("pageSize", 200).when().get("/api/leads").then().body("items.id", not(hasItem(id)));
        alice().when().get("/api/leads/" + id + "/shares").then().statusCode(200).body("", hasSize(0));

        // Integrators hear of each grant (READ, then READ_WRITE) and the revoke, keyed by the lead.
        var events = io.lead2cash.devstack.KafkaRecords.await(
                io.lead2cash.devstack.DevStackTestResource.stack().bootstrapServers(), io.lead2cash.events.Topics.LEADS,
                r -> id.equals(r.key()) && io.lead2cash.devstack.KafkaRecords.header(r, "ce_type").startsWith(
                        "lead2cash.customer-record."), 3, java.time.Duration.ofSeconds(10));
        org.assertj.core.api.Assertions.assertThat(events).extracting(r -> io.lead2cash.devstack.KafkaRecords.header(r,
                "ce_type")).containsExactly("lead2cash.customer-record.shared.v1", "lead2cash.customer-record.shared.v1",
                "lead2cash.customer-record.share-revoked.v1");
        events.forEach(r -> org.assertj.core.api.Assertions.assertThat(io.lead2cash.events.EventSchemas.violations(
                io.lead2cash.devstack.KafkaRecords.header(r, "ce_type"), r.value())).as(r.value()).isEmpty());
    }

    @Test
    void aLeadSharedWithATeamIsSeenByEveryoneInIt() {
        String id = createLead(alice(), "Shared with south").path("id");
        var dan = Auth.as("dan", "south", Roles.SALES_REP);
        dan.when().get("/api/leads/" + id).then().statusCode(403);
        alice().body("{\"principalType\": \"TEAM\", \"principalId\": \"south\", \"access\": \"READ\"}").when()
                .post("/api/leads/" + id + "/shares").then().statusCode(200);
        Auth.as("dan", "south", Roles.SALES_REP).when().get("/api/leads/" + id).then().statusCode(200);
        alice().body("{\"principalType\": \"TEAM\", \"access\": \"READ\"}").when().post("/api/leads/" + id + "/shares")
                .then().statusCode(400).body("errors[0].field", is("principalId"));
        alice().body(SHARE_WITH_BOB.formatted("READ")).when().post("/api/leads/" + UUID.randomUUID() + "/shares").then()
                .statusCode(404);
    }

    @Test
    void anAccountOrContactSharedForWritingIsChangedByWhomItIsSharedWith() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var account = alice().body("{\"name\": \"Shared account " + tag + "\"}").when().post("/api/accounts").then()
                .statusCode(201).extract();
        String path = "/api/accounts/" + account.path("id");
        bob().header("If-Match", account.header("ETag")).body("{\"name\": \"Renamed " + tag + "\"}").when().put(path)
                .then().statusCode(403);
        alice().body(SHARE_WITH_BOB.formatted("READ_WRITE")).when().post(path + "/shares").then().statusCode(200);
        bob().header("If-Match", account.header("ETag")).body("{\"name\": \"Renamed " + tag + "\"}").when().put(path)
                .then().statusCode(200).body("name", is("Renamed " + tag));

        var contact = alice().body("{\"lastName\": \"Shared " + tag + "\"}").when().post("/api/contacts").then()
                .statusCode(201).extract();
        String contactPath = "/api/contacts/" + contact.path("id");
        bob().body(SHARE_WITH_BOB.formatted("READ_WRITE")).when().post(contactPath + "/shares").then().statusCode(403);
        alice().body(SHARE_WITH_BOB.formatted("READ_WRITE")).when().post(contactPath + "/shares").then().statusCode(200);
        bob().header("If-Match", contact.header("ETag")).body("{\"lastName\": \"Renamed " + tag + "\"}").when()
                .put(contactPath).then().statusCode(200);
        // Whom it is shared with is for who may share it: not for the holder of a share.
        bob().when().get(contactPath + "/shares").then().statusCode(403);
        alice().when().get(contactPath + "/shares").then().statusCode(200).body("[0].principalId", is("bob"));
    }
}
