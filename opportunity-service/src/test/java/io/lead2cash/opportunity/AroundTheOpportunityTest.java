package io.lead2cash.opportunity;

import static io.lead2cash.opportunity.Reps.alice;
import static io.lead2cash.opportunity.Reps.bob;
import static io.lead2cash.opportunity.Reps.dave;
import static io.lead2cash.opportunity.Reps.maria;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.lead2cash.platform.testing.CatalogStandIn;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Stakeholders, the sales team, competitors and sales literature around an opportunity. */
@QuarkusTest
@WithTestResource(CatalogStandIn.class)
class AroundTheOpportunityTest {

    private static String open(String topic) {
        return alice().body("""
                {"topic": "%s", "customerType": "ACCOUNT", "customerId": "%s", "currency": "EUR"}"""
                .formatted(topic + " " + UUID.randomUUID(), Customers.account())).when().post("/api/opportunities").then()
                .statusCode(201).extract().path("id");
    }

    private static List<ConsumerRecord<String, String>> events(String key, String type, int expected) {
        var found = KafkaRecords.await(DevStackTestResource.stack().bootstrapServers(), Topics.OPPORTUNITIES,
                r -> key.equals(r.key()) && type.equals(KafkaRecords.header(r, "ce_type")), expected, Duration.ofSeconds(10));
        found.forEach(r -> assertThat(EventSchemas.violations(type, r.value())).as(r.value()).isEmpty());
        return found;
    }

    private static JsonNode json(ConsumerRecord<String, String> record) throws Exception {
        return new ObjectMapper().readTree(record.value());
    }

    @Test
    void stakeholdersAreContactsWithARoleEachNamedOnce() throws Exception {
        String id = open("Stakeholders");
        UUID contact = UUID.randomUUID();
        String path = "/api/opportunities/" + id + "/stakeholders";
        alice().body("{\"contactId\": \"%s\", \"contactName\": \"Nancy Davolio\"}".formatted(contact)).when().post(path)
                .then().statusCode(400).body("errors[0].field", is("role"));
        String stakeholder = alice().body("""
                {"contactId": "%s", "contactName": "Nancy Davolio", "role": "DECISION_MAKER", "description": "Signs"}"""
                .formatted(contact)).when().post(path).then().statusCode(201).body("role", is("DECISION_MAKER"))
                .body("addedBy", is("alice")).extract().path("id");
        alice().body("{\"contactId\": \"%s\", \"contactName\": \"Nancy\", \"role\": \"INFLUENCER\"}".formatted(contact))
                .when().post(path).then().statusCode(409);
        alice().body("{\"contactId\": \"%s\", \"contactName\": \"Andrew Fuller\", \"role\": \"INFLUENCER\"}"
                .formatted(UUID.randomUUID())).when().post(path).then().statusCode(201);
        bob().when().get(path).then().statusCode(403);
        bob().body("{\"contactId\": \"%s\", \"contactName\": \"X\", \"role\": \"CHAMPION\"}".formatted(UUID.randomUUID()))
                .when().post(path).then().statusCode(403);

        alice().when().get(path).then().statusCode(200).body("", hasSize(2)).body("[0].contactName", is("Nancy Davolio"));
        alice().when().delete(path + "/" + stakeholder).then().statusCode(204);
        alice().when().delete(path + "/" + stakeholder).then().statusCode(404);
        alice().when().get(path).then().body("", hasSize(1)).body("[0].contactName", is("Andrew Fuller"));

        var changes = events(id, "lead2cash.opportunity.stakeholders-changed.v1", 3);
        assertThat(changes).hasSize(3);
        assertThat(json(changes.get(2)).path("stakeholders")).hasSize(1);
    }

    @Test
    void salesTeamMembersMayReadAndChangeTheDealUntilTakenOff() {
        String topic = "Team";
        String id = open(topic);
        String team = "/api/opportunities/" + id + "/sales-team/";
        bob().when().get("/api/opportunities/" + id).then().statusCode(403);
        bob().body("{\"role\": \"Technical sales\"}").when().put(team + "bob").then().statusCode(403);
        alice().body("{\"role\": \"\"}").when().put(team + "bob").then().statusCode(400).body("errors[0].field", is("role"));
        alice().body("{\"role\": \"Owner again\"}").when().put(team + "alice").then().statusCode(400)
                .body("errors[0].field", is("userId"));

        alice().body("{\"role\": \"Technical sales\"}").when().put(team + "bob").then().statusCode(200)
                .body("", hasSize(1)).body("[0].userId", is("bob")).body("[0].role", is("Technical sales"));
        alice().body("{\"role\": \"Solution architect\"}").when().put(team + "bob").then().statusCode(200)
                .body("[0].role", is("Solution architect"));

        bob().when().get("/api/opportunities/" + id).then().statusCode(200);
        bob().queryParam("q", topic).queryParam("ownerId", "alice").queryParam("size", 100).when().get("/api/opportunities")
                .then().body("items.id", org.hamcrest.Matchers.hasItem(id));
        bob().when().post("/api/opportunities/" + id + "/hold").then().statusCode(200).body("statusReason", is("ON_HOLD"));
        dave().when().get("/api/opportunities/" + id).then().statusCode(403);

        alice().when().delete(team + "bob").then().statusCode(204);
        bob().when().get("/api/opportunities/" + id).then().statusCode(403);
        alice().when().delete(team + "bob").then().statusCode(404);
        assertThat(events(id, "lead2cash.opportunity.sales-team-changed.v1", 3)).hasSize(3);
    }

    @Test
    void competitorsAreRecordedOnceAndNamedOnOpportunities() throws Exception {
        String name = "Fabrikam " + UUID.randomUUID();
        alice().body("{\"name\": \"%s\", \"website\": \"fabrikam\"}".formatted(name)).when().post("/api/competitors").then()
                .statusCode(400).body("errors[0].field", is("website"));
        String competitor = alice().body("""
                {"name": "%s", "website": "https://fabrikam.example", "strengths": "Price", "weaknesses": "Service"}"""
                .formatted(name)).when().post("/api/competitors").then().statusCode(201).body("strengths", is("Price"))
                .extract().path("id");
        bob().body("{\"name\": \"%s\"}".formatted(name.toUpperCase())).when().post("/api/competitors").then().statusCode(409);
        bob().header("If-Match", "\"99\"").body("{\"name\": \"%s\", \"weaknesses\": \"Slow\"}".formatted(name)).when()
                .put("/api/competitors/" + competitor).then().statusCode(412);
        bob().queryParam("q", name).when().get("/api/competitors").then().body("totalItems", is(1));

        String id = open("Competing");
        String path = "/api/opportunities/" + id + "/competitors/";
        alice().when().put(path + UUID.randomUUID()).then().statusCode(404);
        bob().when().put(path + competitor).then().statusCode(403);
        alice().when().put(path + competitor).then().statusCode(200).body("", hasSize(1)).body("[0].name", is(name));
        alice().when().put(path + competitor).then().statusCode(200).body("", hasSize(1));
        alice().when().delete(path + competitor).then().statusCode(204);
        alice().when().get("/api/opportunities/" + id + "/competitors").then().body("", hasSize(0));
        assertThat(events(id, "lead2cash.opportunity.competitors-changed.v1", 2)).hasSize(2);

        alice().body("{\"reason\": \"OUT_SOLD\", \"winningCompetitorId\": \"%s\"}".formatted(UUID.randomUUID())).when()
                .post("/api/opportunities/" + id + "/lose").then().statusCode(400)
                .body("errors[0].field", is("winningCompetitorId"));
        alice().when().get("/api/opportunities/" + id).then().body("state", is("OPEN"));
        alice().body("{\"reason\": \"OUT_SOLD\", \"winningCompetitorId\": \"%s\"}".formatted(competitor)).when()
                .post("/api/opportunities/" + id + "/lose").then().statusCode(200)
                .body("winningCompetitorId", is(competitor)).body("winningCompetitor", is(name));
        alice().when().get("/api/opportunities/" + id + "/competitors").then().body("[0].id", is(competitor));
        alice().when().delete(path + competitor).then().statusCode(409);

        var lost = events(id, "lead2cash.opportunity.lost.v1", 1);
        assertThat(json(lost.get(0)).path("opportunity").path("winningCompetitorId").asText()).isEqualTo(competitor);
    }

    @Test
    void managersPublishSalesLiteratureAndRepsGiveItUntilItExpires() throws Exception {
        String brochure = """
                {"name": "%s", "type": "BROCHURE", "expirationDate": "%s",
                 "documents": [{"title": "Espresso range", "url": "https://contoso.example/espresso.pdf"}]}""";
        String name = "Espresso " + UUID.randomUUID();
        alice().body(brochure.formatted(name, LocalDate.now(ZoneOffset.UTC).plusYears(1))).when().post("/api/sales-literature").then()
                .statusCode(403);
        maria().body("{\"name\": \"No documents\", \"documents\": []}").when().post("/api/sales-literature").then()
                .statusCode(400).body("errors[0].field", is("documents"));
        maria().body("{\"name\": \"Bad link\", \"documents\": [{\"title\": \"x\", \"url\": \"ftp:x\"}]}").when()
                .post("/api/sales-literature").then().statusCode(400).body("errors[0].field", containsString("url"));
        String literature = maria().body(brochure.formatted(name, LocalDate.now(ZoneOffset.UTC).plusYears(1))).when()
                .post("/api/sales-literature").then().statusCode(201).body("documents[0].title", is("Espresso range"))
                .extract().path("id");
        String expired = maria().body(brochure.formatted("Old " + name, LocalDate.now(ZoneOffset.UTC).minusDays(1))).when()
                .post("/api/sales-literature").then().statusCode(201).extract().path("id");
        alice().queryParam("q", name).when().get("/api/sales-literature").then().body("totalItems", is(1));
        String renamed = brochure.formatted(name + " 2027", LocalDate.now(ZoneOffset.UTC).plusYears(1));
        alice().header("If-Match", "\"0\"").body(renamed).when().put("/api/sales-literature/" + literature).then()
                .statusCode(403);
        maria().header("If-Match", "\"7\"").body(renamed).when().put("/api/sales-literature/" + literature).then()
                .statusCode(412);
        maria().header("If-Match", "\"0\"").body(renamed).when().put("/api/sales-literature/" + literature).then()
                .statusCode(200).body("name", is(name + " 2027"));
        maria().header("If-Match", "\"1\"").body(brochure.formatted(name, LocalDate.now(ZoneOffset.UTC).plusYears(1)))
                .when().put("/api/sales-literature/" + literature).then().statusCode(200).body("name", is(name));
        // Quick find begins with the text; "*" finds it anywhere, so "Old …" too.
        alice().queryParam("q", "*" + name).queryParam("includeExpired", true).when().get("/api/sales-literature").then()
                .body("totalItems", is(2));

        String id = open("Literature");
        String path = "/api/opportunities/" + id + "/sales-literature";
        alice().body("{\"literatureId\": \"%s\"}".formatted(expired)).when().post(path).then().statusCode(409)
                .body("detail", containsString("expired"));
        alice().body("{\"literatureId\": \"%s\"}".formatted(UUID.randomUUID())).when().post(path).then().statusCode(400)
                .body("errors[0].field", is("literatureId"));
        dave().body("{\"literatureId\": \"%s\"}".formatted(literature)).when().post(path).then().statusCode(403);
        alice().body("{\"literatureId\": \"%s\"}".formatted(literature)).when().post(path).then().statusCode(200)
                .body("literature.name", is(name)).body("givenBy", is("alice"));
        alice().body("{\"literatureId\": \"%s\"}".formatted(literature)).when().post(path).then().statusCode(200);
        alice().when().get(path).then().body("", hasSize(1));

        var given = events(id, "lead2cash.opportunity.sales-literature-given.v1", 2);
        assertThat(given).hasSize(1);
        assertThat(json(given.get(0)).path("literature").path("documents").get(0).path("url").asText())
                .isEqualTo("https://contoso.example/espresso.pdf");
    }

    @Test
    void lineChangesAndSharesArePublishedAsTheirOwnEvents() throws Exception {
        String id = open("Events");
        String line = alice().body("{\"writeInName\": \"Installation\", \"quantity\": 2, \"priceOverride\": 150}").when()
                .post("/api/opportunities/" + id + "/lines").then().statusCode(201).extract().path("id");
        alice().when().delete("/api/opportunities/" + id + "/lines/" + line).then().statusCode(204);
        var lines = events(id, "lead2cash.opportunity.lines-changed.v1", 2);
        JsonNode event = json(lines.get(0));
        assertThat(event.path("lines").get(0).path("writeInName").asText()).isEqualTo("Installation");
        assertThat(event.path("lines").get(0).path("extendedAmount").asText()).isEqualTo("300.00");
        assertThat(json(lines.get(1)).path("lines")).isEmpty();

        alice().body("{\"principalType\": \"TEAM\", \"principalId\": \"south\", \"access\": \"READ\"}")
                .when().post("/api/opportunities/" + id + "/shares").then().statusCode(200);
        alice().when().delete("/api/opportunities/" + id + "/shares/TEAM/south").then().statusCode(204);
        assertThat(json(events(id, "lead2cash.opportunity.shared.v1", 1).get(0)).path("access").asText()).isEqualTo("READ");
        assertThat(json(events(id, "lead2cash.opportunity.share-revoked.v1", 1).get(0)).path("principalId").asText())
                .isEqualTo("south");
    }

    @Test
    void salesTeamMembersWorkTheDealButOnlyItsOwnerAssignsSharesOrPicksTheTeam() {
        String id = open("Managed");
        String team = "/api/opportunities/" + id + "/sales-team/";
        alice().body("{\"role\": \"Technical sales\"}").when().put(team + "bob").then().statusCode(200);

        bob().body("{\"ownerId\": \"bob\", \"owningTeam\": \"south\"}").when().post("/api/opportunities/" + id + "/assign")
                .then().statusCode(403);
        bob().body("{\"principalType\": \"USER\", \"principalId\": \"dave\", \"access\": \"READ\"}")
                .when().post("/api/opportunities/" + id + "/shares").then().statusCode(403);
        bob().body("{\"role\": \"Helper\"}").when().put(team + "dave").then().statusCode(403);
        dave().when().get("/api/opportunities/" + id + "/sales-team").then().statusCode(403);
        dave().when().get("/api/opportunities/" + id + "/competitors").then().statusCode(403);
        dave().when().get("/api/opportunities/" + id + "/sales-literature").then().statusCode(403);

        bob().when().delete(team + "bob").then().statusCode(204);
        bob().when().get("/api/opportunities/" + id).then().statusCode(403);
    }

    @Test
    void aCompetitorRecordedTwiceAtOnceIsRecordedOnceAndTheOtherCallerToldSo() throws Exception {
        String body = "{\"name\": \"Race %s\"}".formatted(UUID.randomUUID());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> alice().body(body).when().post("/api/competitors").then().extract().statusCode()));
            }
            var statuses = new java.util.ArrayList<Integer>();
            for (var call : calls) {
                statuses.add(call.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).containsOnlyOnce(201);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theWinnerOfALostDealIsNamedOnlyWhenItWasOutSold() {
        String id = open("Winner rules");
        alice().body("{\"reason\": \"CANCELED\", \"winningCompetitor\": \"Fabrikam\"}").when()
                .post("/api/opportunities/" + id + "/lose").then().statusCode(400)
                .body("errors[0].field", is("winningCompetitor"));
        alice().body("{\"reason\": \"OUT_SOLD\", \"winningCompetitor\": \"Fabrikam\", \"winningCompetitorId\": \"%s\"}"
                .formatted(UUID.randomUUID())).when().post("/api/opportunities/" + id + "/lose").then().statusCode(400);
        maria().body("{\"name\": \"Null document\", \"documents\": [null]}").when().post("/api/sales-literature").then()
                .statusCode(400).body("errors[0].field", containsString("documents"));
        alice().when().get("/api/opportunities/" + id).then().body("state", is("OPEN"));
    }
}
