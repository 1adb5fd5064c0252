package io.lead2cash.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StubServices.class)
class GatewayTest {

    static io.restassured.specification.RequestSpecification caller() {
        return given().header("Authorization", "Bearer " + StubServices.token("alice", "sales-rep"));
    }

    @AfterEach
    void allReady() {
        StubServices.NOT_READY.clear();
    }

    @Test
    void routesEachServicesPathsToThatServiceWithPathQueryAndToken() {
        String token = StubServices.token("alice", "sales-rep");
        given().header("Authorization", "Bearer " + token).when().get("/api/leads/42/qualify?x=1").then()
                .statusCode(200)
                .body("service", is("leads"))
                .body("uri", is("/api/leads/42/qualify?x=1"))
                .body("authorization", is("Bearer " + token));
        caller().when().get("/api/accounts").then().body("service", is("leads"));
        caller().when().get("/api/price-lists/7").then().body("service", is("catalog"));
        caller().when().post("/api/quotes/9/win").then().body("service", is("opportunity")).body("method", is("POST"));
        caller().when().get("/api/invoices").then().body("service", is("billing"));
    }

    @Test
    void everyRecordsTimelineAndNotesGoToTheOpportunityServiceWhicheverServiceOwnsTheRecord() {
        caller().when().get("/api/leads/42/timeline?size=5").then().body("service", is("opportunity"))
                .body("uri", is("/api/leads/42/timeline?size=5"));
        caller().when().post("/api/invoices/7/notes").then().body("service", is("opportunity"));
        caller().when().get("/api/notes/3/attachment").then().body("service", is("opportunity"));
        caller().when().get("/api/leads/42").then().body("service", is("leads"));
        caller().when().get("/api/invoices/7/lines").then().body("service", is("billing"));
        caller().when().get("/api/leads/42/timeline/more").then().body("service", is("leads"));
    }

    @Test
    void tellsTheServiceThePublicAddressSoItsLinksPointAtTheGateway() {
        caller().header("Host", "sales.example.com:8443").when().get("/api/leads").then()
                .body("forwardedHost", is("sales.example.com:8443"))
                .body("forwardedProto", is("http"));
    }

    @Test
    void aJourneyFollowsEachListsNextLinksToItsLastPage() {
        caller().when().get("/api/journeys/" + StubServices.JOURNEY_LEAD).then().statusCode(200)
                .body("opportunity.id", is(StubServices.JOURNEY_OPPORTUNITY))
                .body("quotes.quoteNumber", org.hamcrest.Matchers.contains("QUO-1", "QUO-2", "QUO-3"))
                .body("unavailable.size()", is(0));
    }

    @Test
    void doesNotRouteUnknownPaths() {
        caller().when().get("/api/leadsX").then().statusCode(404);
        given().when().get("/internal").then().statusCode(404);
    }

    @Test
    void isReadyOnlyWhenEveryServiceIsReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));

        StubServices.NOT_READY.add("billing");
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks[0].data.billing-service", containsString("DOWN"))
                .body("checks[0].data.leads-service", is("UP"));
    }
}
