package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.suite.VolumeSeed;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * `./lead2cash seed --volume N` on the running suite: every kind it loads is read back through the gateway as the
 * domain knows it, a rep sees exactly the team's records, and cursor paging walks them all.
 */
class VolumeDataTest {

    private static final int VOLUME = 2_000;
    private static String run;

    @BeforeAll
    static void loadVolumeData() throws Exception {
        var suite = SuiteUnderTest.get();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        run = new VolumeSeed(VOLUME, List.of("leads", "catalog", "opportunity", "billing"),
                new PrintStream(printed, true, StandardCharsets.UTF_8)).on(suite::datasourceOf).run();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("leads", "price list items", "payments", "Done in");
    }

    @Test
    void aRepWalksExactlyTheTeamsSeededLeadsByFollowingNextLinks() {
        // rep007 is in team07 with the owners of i mod 200 in {6, 26, ..., 186}: ten reps, 100 of the 2,000 leads.
        Set<String> expected = new HashSet<>();
        IntStream.rangeClosed(1, VOLUME).filter(i -> i % 200 % 20 == 6).forEach(i -> expected.add(id("lead", i)));
        Set<String> seen = new HashSet<>();
        JsonPath page = rep().queryParam("size", 30).queryParam("q", "Company").when().get("/api/leads").then()
                .statusCode(200).extract().jsonPath();
        int pages = 1;
        while (true) {
            page.getList("items.id", String.class).stream().filter(expected::contains).forEach(id -> assertThat(seen.add(id)).isTrue());
            String next = page.getString("next");
            if (next == null) {
                break;
            }
            assertThat(++pages).isLessThan(20);
            page = rep().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().jsonPath();
        }
        assertThat(seen).isEqualTo(expected);
        rep().queryParam("ownerId", "rep008").when().get("/api/leads").then().statusCode(200).body("items.size()", is(0));
    }

    @Test
    void everySeededKindReadsBackThroughItsList() {
        var admin = (java.util.function.Supplier<io.restassured.specification.RequestSpecification>) () ->
                as("ada", null, "admin");
        for (String list : List.of("/api/leads", "/api/accounts", "/api/contacts", "/api/products", "/api/opportunities",
                "/api/quotes", "/api/activities", "/api/orders", "/api/invoices")) {
            int total = admin.get().queryParam("size", 200).queryParam("count", true).when().get(list).then()
                    .statusCode(200).body("items.size()", is(200)).extract().path("totalItems");
            assertThat(total).as(list).isGreaterThanOrEqualTo(VOLUME);
        }
        admin.get().when().get("/api/price-lists/" + id("price-list", 1) + "/items?count=true").then().statusCode(200)
                .body("totalItems", is((int) IntStream.rangeClosed(1, VOLUME).filter(i -> 1 + i % 30 == 1).count()));
    }

    @Test
    void childListsOfSeededRecordsReadBack() {
        var admin = as("ada", null, "admin");
        admin.when().get("/api/opportunities/" + id("opportunity", 1) + "/lines").then().statusCode(200).body("size()", is(10));
        as("ada", null, "admin").when().get("/api/quotes/" + id("quote", 1) + "/lines").then().statusCode(200).body("size()", is(10));
        as("ada", null, "admin").when().get("/api/opportunities/" + id("opportunity", 1) + "/shares").then().statusCode(200)
                .body("size()", is(1)).body("[0].principalId", is("rep003"));
        as("ada", null, "admin").when().get("/api/orders/" + id("order", 1) + "/lines").then().statusCode(200).body("size()", is(10));
        as("ada", null, "admin").when().get("/api/invoices/" + id("invoice", 1) + "/lines").then().statusCode(200).body("size()", is(10));
        as("ada", null, "admin").when().get("/api/invoices/" + id("invoice", 1) + "/payments").then().statusCode(200).body("size()", is(1));
        // Billing's own view of who owns the opportunity lets the rep's team read its order; its share (READ, with
        // rep003, as the opportunity-service's) lets rep003 read it, not change it; anyone else sees nothing.
        as("rep002", "team02", "sales-rep").when().get("/api/orders/" + id("order", 1)).then().statusCode(200);
        as("rep003", "team03", "sales-rep").when().get("/api/orders/" + id("order", 1)).then().statusCode(200);
        as("rep003", "team03", "sales-rep").when().post("/api/orders/" + id("order", 1) + "/hold").then().statusCode(403);
        as("rep004", "team04", "sales-rep").when().get("/api/orders/" + id("order", 1)).then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification rep() {
        return as("rep007", "team07", "sales-rep");
    }

    /** The id the volume scripts give record {@code i} of a kind: md5('run-kind-i') read as a UUID. */
    private static String id(String kind, int i) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest((run + "-" + kind + "-" + i).getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")).toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
