package io.lead2cash.leads;

import static io.lead2cash.leads.Fixtures.alice;
import static io.lead2cash.leads.Fixtures.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lists read page after page by their next links: every record once, in order, while others are being added. */
@QuarkusTest
class ListPagingTest {

    private static final String[] COMPANIES = {"Alpha", "Beta", null};

    @Test
    void followingNextLinksVisitsEveryLeadOnceInSortOrderWhileLeadsAreAdded() {
        String marker = Fixtures.unique("Paging");
        Set<String> originals = new HashSet<>();
        for (int i = 0; i < 17; i++) {
            originals.add(create(marker, COMPANIES[i % 3]));
        }

        List<Map<String, Object>> seen = readAll(marker, "companyName", () -> create(marker, COMPANIES[1]));

        List<String> ids = seen.stream().map(lead -> (String) lead.get("id")).toList();
        assertThat(new HashSet<>(ids)).as("no lead twice").hasSize(ids.size()).containsAll(originals);
        // Alpha before Beta before no company (PostgreSQL puts nulls last ascending); ties in id order.
        for (int i = 1; i < seen.size(); i++) {
            assertThat(rank(seen.get(i - 1), seen.get(i))).as("order at %d", i).isLessThan(0);
        }
    }

    @Test
    void newestFirstPagingNeitherRepeatsNorSkipsWhenNewerLeadsArrive() {
        String marker = Fixtures.unique("Newest");
        Set<String> originals = new HashSet<>();
        for (int i = 0; i < 11; i++) {
            originals.add(create(marker, COMPANIES[i % 3]));
        }
        Set<String> added = new HashSet<>();

        List<Map<String, Object>> seen = readAll(marker, "-createdAt", () -> added.add(create(marker, "Gamma")));

        List<String> ids = seen.stream().map(lead -> (String) lead.get("id")).toList();
        assertThat(ids).as("exactly the leads there when paging began, once each").containsExactlyInAnyOrderElementsOf(originals);
        for (int i = 1; i < seen.size(); i++) {
            assertThat((String) seen.get(i - 1).get("createdAt")).isGreaterThanOrEqualTo((String) seen.get(i).get("createdAt"));
        }
        assertThat(added).doesNotContainAnyElementsOf(ids);
    }

    @Test
    void aFullPageNamesTheNextAndCountsOnlyWhenAsked() {
        String marker = Fixtures.unique("Count");
        for (int i = 0; i < 5; i++) {
            create(marker, "Alpha");
        }
        alice().queryParam("q", marker).queryParam("size", 2).when().get("/api/leads").then().statusCode(200)
                .body("items.size()", is(2)).body("page", is(0))
                .body("totalItems", nullValue()).body("totalPages", nullValue())
                .body("next", startsWith("/api/leads?")).body("next", containsString("cursor="));
        alice().queryParam("q", marker).queryParam("size", 2).queryParam("count", true).when().get("/api/leads").then()
                .body("totalItems", is(5)).body("totalPages", is(3));
        alice().queryParam("q", marker).queryParam("size", 10).when().get("/api/leads").then()
                .body("totalItems", is(5)).body("next", nullValue());
    }

    @Test
    void aCursorChangedOrUsedOnAnotherListIsRefusedAndChangesNothing() {
        String marker = Fixtures.unique("Tamper");
        for (int i = 0; i < 3; i++) {
            create(marker, "Alpha");
        }
        String next = alice().queryParam("q", marker).queryParam("size", 1).when().get("/api/leads").then().statusCode(200)
                .extract().path("next");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        String body = cursor.substring(0, cursor.indexOf('.'));
        String changed = (body.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);

        refused(Map.of("q", marker, "size", 1, "cursor", changed));
        refused(Map.of("q", marker, "size", 1, "cursor", "not-a-cursor"));
        refused(Map.of("q", marker, "size", 1, "cursor", body));
        refused(Map.of("q", marker, "size", 1, "cursor", cursor, "sort", "lastName"));
        refused(Map.of("q", marker + "x", "size", 1, "cursor", cursor));
        // Another caller's view of the list is another list.
        manager().queryParam("q", marker).queryParam("size", 1).queryParam("cursor", cursor).when().get("/api/leads")
                .then().statusCode(400).body("errors[0].field", is("cursor"));
        alice().queryParam("q", marker).queryParam("size", 1).queryParam("cursor", cursor).when().get("/api/leads")
                .then().statusCode(200).body("items.size()", is(1));
    }

    @Test
    void deepPageNumbersAndPageNumbersBesideACursorAreRefused() {
        alice().queryParam("page", 51).queryParam("size", 200).when().get("/api/leads").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("page"));
        alice().queryParam("page", 50).queryParam("size", 200).when().get("/api/leads").then().statusCode(200);
        String next = alice().queryParam("size", 1).when().get("/api/leads").then().extract().path("next");
        assertThat(next).isNotNull();
        alice().urlEncodingEnabled(false).queryParam("page", 1).when().get(next).then().statusCode(400)
                .body("errors[0].field", is("page"));
    }

    private static void refused(Map<String, ?> query) {
        alice().queryParams(query).when().get("/api/leads").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("cursor"));
    }

    /** Reads every page of the marker's leads by following next links, calling {@code between} after each page. */
    private static List<Map<String, Object>> readAll(String marker, String sort, Runnable between) {
        List<Map<String, Object>> seen = new ArrayList<>();
        JsonPath page = alice().queryParam("q", marker).queryParam("size", 4).queryParam("sort", sort)
                .when().get("/api/leads").then().statusCode(200).body("page", is(0)).extract().jsonPath();
        for (int pages = 1; ; pages++) {
            seen.addAll(page.getList("items"));
            String next = page.getString("next");
            if (next == null) {
                return seen;
            }
            assertThat(pages).as("pages read").isLessThan(20);
            between.run();
            page = alice().urlEncodingEnabled(false).when().get(next).then().statusCode(200)
                    .body("page", nullValue()).body("size", is(4)).body("items", notNullValue()).extract().jsonPath();
        }
    }

    private static int rank(Map<String, Object> a, Map<String, Object> b) {
        int byCompany = Integer.compare(group(a), group(b));
        return byCompany != 0 ? byCompany : ((String) a.get("id")).compareTo((String) b.get("id"));
    }

    private static int group(Map<String, Object> lead) {
        String company = (String) lead.get("companyName");
        return company == null ? 2 : company.startsWith("Alpha") ? 0 : 1;
    }

    private static String create(String marker, String company) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String companyField = company == null ? "" : "\"companyName\": \"" + company + "\", ";
        // Leads of the same few companies, so sorting has ties to break: look-alikes on purpose.
        return alice().queryParam("overrideDuplicates", "true").body("""
                {"topic": "%s", "firstName": "Ana", "lastName": "Silva", %s"email": "ana.%s@paging.example",
                 "rating": "WARM"}
                """.formatted(marker, companyField, tag)).when().post("/api/leads").then().statusCode(201).extract().path("id");
    }
}
