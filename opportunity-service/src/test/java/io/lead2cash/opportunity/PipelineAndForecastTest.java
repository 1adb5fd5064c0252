package io.lead2cash.opportunity;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.lead2cash.platform.security.Roles;
import io.lead2cash.platform.testing.Auth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pipeline chart and the forecast, with figures that can be checked by hand. */
@QuarkusTest
class PipelineAndForecastTest {

    @jakarta.inject.Inject javax.sql.DataSource dataSource;

    private final String owner = "frank-" + UUID.randomUUID().toString().substring(0, 8);

    private RequestSpecification frank() {
        return Auth.as(owner, "east", Roles.SALES_REP);
    }

    private String open(String category, String revenue, String close, String stage) {
        return frank().body("""
                {"topic": "Forecast", "customerType": "ACCOUNT", "customerId": "%s", "currency": "CHF",
                 "estimatedRevenue": %s, "estimatedCloseDate": "%s", "forecastCategory": "%s"%s}"""
                .formatted(Customers.account(), revenue, close, category, stage == null ? "" : ", \"salesStage\": \"" + stage + "\""))
                .when().post("/api/opportunities").then().statusCode(201).extract().path("id");
    }

    @Test
    void theForecastAddsOpenRevenuePerCategoryAndWonRevenueAgainstTheQuota() {
        open("PIPELINE", "1000", "2031-01-15", null);
        open("BEST_CASE", "2000", "2031-02-10", "DEVELOP");
        open("COMMITTED", "3000", "2031-03-20", "PROPOSE");
        open("OMITTED", "500", "2031-03-01", null);
        open("PIPELINE", "999", "2031-05-01", null);
        String won = open("COMMITTED", "4500", "2031-02-01", null);
        frank().body("{\"actualRevenue\": 4000, \"closeDate\": \"2031-02-01\"}").when()
                .post("/api/opportunities/" + won + "/win").then().statusCode(200);

        // Q1 2031: pipeline 1000 + best case 2000 + committed 3000 + won 4000 = 10000; omitted 500 left out.
        frank().queryParam("from", "2031-01-01").queryParam("to", "2031-03-31").queryParam("currency", "CHF")
                .queryParam("ownerId", owner).when().get("/api/forecast").then().statusCode(200)
                .body("pipeline.amount", is("1000.00")).body("bestCase.amount", is("2000.00"))
                .body("committed.amount", is("3000.00")).body("omitted.amount", is("500.00"))
                .body("won.amount", is("4000.00")).body("total.amount", is("10000.00"))
                .body("quota", nullValue()).body("opportunities", is(5))
                .body("byStage.salesStage", org.hamcrest.Matchers.contains("QUALIFY", "DEVELOP", "PROPOSE"))
                .body("byStage[0].count", is(2)).body("byStage[0].averageDaysInStage", is("0.0"));

        Auth.as("maria", null, Roles.SALES_MANAGER).body("{\"ownerId\": \"" + owner + "\", \"periodStart\": \"2031-01-01\", "
                + "\"periodEnd\": \"2031-03-31\", \"amount\": {\"amount\": \"8000\", \"currency\": \"CHF\"}}")
                .when().put("/api/forecast/quotas").then().statusCode(200).body("amount.amount", is("8000.00"));
        frank().queryParam("from", "2031-01-01").queryParam("to", "2031-03-31").queryParam("currency", "CHF")
                .queryParam("ownerId", owner).when().get("/api/forecast").then()
                .body("quota.amount", is("8000.00")).body("quotaAttainmentPercent", is("50.0"));
    }

    @Test
    void thePipelineShowsOpenOpportunitiesAndTheFunnelPerStageToThoseWhoMaySeeThem() throws Exception {
        open("PIPELINE", "1000", "2031-01-15", null);
        open("OMITTED", "500", "2031-03-01", null);
        String developing = open("BEST_CASE", "2000", "2031-02-10", "DEVELOP");
        open("COMMITTED", "3000", "2031-03-20", "PROPOSE");
        // As if the stage history had recorded it entering Develop ten days ago.
        try (var connection = dataSource.getConnection(); var update = connection.prepareStatement(
                "UPDATE opportunity SET stage_entered_at = now() - interval '10 days' WHERE id = ?")) {
            update.setObject(1, UUID.fromString(developing));
            update.executeUpdate();
        }

        frank().queryParam("ownerId", owner).when().get("/api/opportunities/pipeline").then().statusCode(200)
                .body("opportunities.size()", is(4))
                .body("opportunities[0].estimatedCloseDate", is("2031-01-15"))
                .body("funnel.size()", is(3))
                .body("funnel[0].salesStage", is("QUALIFY")).body("funnel[0].count", is(2))
                .body("funnel[0].estimatedRevenue.amount", is("1500.00"))
                .body("funnel[1].salesStage", is("DEVELOP")).body("funnel[2].estimatedRevenue.amount", is("3000.00"))
                .body("funnel[1].averageDaysInStage", is("10.0")).body("funnel[0].averageDaysInStage", is("0.0"))
                .body("opportunities.find { it.id == '%s' }.stageEnteredAt".formatted(developing),
                        org.hamcrest.Matchers.notNullValue());

        Auth.as("bob", "south", Roles.SALES_REP).queryParam("ownerId", owner).when().get("/api/opportunities/pipeline")
                .then().body("opportunities.size()", is(0));
    }

    @Test
    void forecastRequestsAreChecked() {
        frank().queryParam("to", "2031-03-31").queryParam("currency", "CHF").when().get("/api/forecast").then()
                .statusCode(400).body("errors[0].field", is("from"));
        frank().queryParam("from", "2031-04-01").queryParam("to", "2031-03-31").queryParam("currency", "CHF")
                .when().get("/api/forecast").then().statusCode(400).body("errors[0].field", is("to"));
        frank().body("{\"ownerId\": \"x\", \"periodStart\": \"2031-01-01\", \"periodEnd\": \"2031-03-31\", "
                + "\"amount\": {\"amount\": \"1\", \"currency\": \"CHF\"}}").when().put("/api/forecast/quotas").then()
                .statusCode(403);
        Auth.as("maria", null, Roles.SALES_MANAGER).body("{\"ownerId\": \"x\", \"owningTeam\": \"east\", "
                + "\"periodStart\": \"2031-01-01\", \"periodEnd\": \"2031-03-31\", "
                + "\"amount\": {\"amount\": \"1\", \"currency\": \"CHF\"}}").when().put("/api/forecast/quotas").then()
                .statusCode(400).body("errors[0].field", is("ownerId"));
        Auth.as("maria", null, Roles.SALES_MANAGER).body("{\"ownerId\": \"x\", \"periodStart\": \"2031-04-01\", "
                + "\"periodEnd\": \"2031-03-31\", \"amount\": {\"amount\": \"1\", \"currency\": \"CHF\"}}")
                .when().put("/api/forecast/quotas").then().statusCode(400).body("errors[0].field", is("periodEnd"));
    }
}
