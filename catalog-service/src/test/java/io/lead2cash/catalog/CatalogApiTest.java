package io.lead2cash.catalog;

import static io.lead2cash.catalog.CatalogFixtures.manager;
import static io.lead2cash.catalog.CatalogFixtures.priceList;
import static io.lead2cash.catalog.CatalogFixtures.product;
import static io.lead2cash.catalog.CatalogFixtures.publishedProduct;
import static io.lead2cash.catalog.CatalogFixtures.rep;
import static io.lead2cash.catalog.CatalogFixtures.unique;
import static io.lead2cash.catalog.CatalogFixtures.weightUnits;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogApiTest {

    @Test
    void aCatalogManagerBuildsAPriceListAndTheEnginePricesFromIt() {
        String[] units = weightUnits();
        String roast = publishedProduct(units, "24.00");
        String eur = priceList("EUR");
        String bands = manager().body("""
                {"name": "%s", "type": "PERCENTAGE", "bands": [
                  {"lowQuantity": 1, "highQuantity": 9, "value": 0},
                  {"lowQuantity": 10, "highQuantity": 1000, "value": 10}]}""".formatted(unique("Beans")))
                .when().post("/api/discount-lists").then().statusCode(201).extract().path("id");
        // 24.00 x 90 % = 21.60, rounded up to end in .99 -> 21.99
        manager().body("""
                {"productId": "%s", "pricingMethod": "PERCENT_OF_LIST", "percentage": 90, "roundingPolicy": "UP",
                 "roundingOption": "ENDS_IN", "roundingAmount": 0.99, "quantitySellingOption": "WHOLE_AND_FRACTIONAL",
                 "discountListId": "%s"}""".formatted(roast, bands))
                .when().post("/api/price-lists/" + eur + "/items").then().statusCode(201)
                .body("unitId", is(units[1])).body("percentage", is("90"));

        // 12 kg: 21.99 - 10 % (2.20) = 19.79 x 12 = 237.48
        rep().body("""
                {"priceListId": "%s", "lines": [{"productId": "%s", "quantity": 12, "tax": 47.50},
                                                 {"productId": "%s", "unitId": "%s", "quantity": 1}],
                 "freight": 5}""".formatted(eur, roast, roast, units[2]))
                .when().post("/api/pricing/calculate").then().statusCode(200)
                .body("currency", is("EUR"))
                .body("lines[0].pricePerUnit", is("21.99"))
                .body("lines[0].volumeDiscountPerUnit", is("2.20"))
                .body("lines[0].amount", is("237.48"))
                .body("lines[0].extendedAmount", is("284.98"))
                .body("lines[1].error", is("PRODUCT_NOT_ON_PRICE_LIST"))
                .body("lines[1].amount", nullValue())
                .body("detailAmount", is("237.48"))
                .body("totalAmount", is("289.98"))
                .body("complete", is(false));
    }

    @Test
    void aSalesRepReadsAndPricesButCannotChangeTheCatalog() {
        String eur = priceList("EUR");
        rep().when().get("/api/price-lists/" + eur).then().statusCode(200);
        rep().when().get("/api/products").then().statusCode(200);
        rep().body("{\"name\": \"Mine\", \"currency\": \"EUR\"}").when().post("/api/price-lists").then()
                .statusCode(403).contentType("application/problem+json");
        rep().header("If-Match", "\"0\"").body("{\"name\": \"Renamed\"}").when().put("/api/price-lists/" + eur).then()
                .statusCode(403);
        rep().when().post("/api/products/" + UUID.randomUUID() + "/publish").then().statusCode(403);
        io.restassured.RestAssured.given().when().get("/api/products").then().statusCode(401);
    }

    @Test
    void aProductGoesThroughItsLifecycleAndRevertRestoresItsDetails() {
        String[] units = weightUnits();
        String id = product(units, "24.00");
        manager().when().post("/api/products/" + id + "/revise").then().statusCode(409)
                .body("type", is("urn:lead2cash:problem:illegal-transition")).body("state", is("DRAFT"));
        manager().when().post("/api/products/" + id + "/publish").then().statusCode(200).body("state", is("ACTIVE"));
        String number = manager().when().get("/api/products/" + id).then().extract().path("productNumber");
        manager().header("If-Match", "*").body("{\"productNumber\": \"" + number + "\", \"name\": \"Changed\", "
                + "\"type\": \"SALES_INVENTORY\", \"unitGroupId\": \"" + units[0] + "\", \"defaultUnitId\": \"" + units[1] + "\"}")
                .when().put("/api/products/" + id).then().statusCode(409);
        manager().when().post("/api/products/" + id + "/revise").then().statusCode(200).body("state", is("UNDER_REVISION"));
        manager().header("If-Match", "*").body("{\"productNumber\": \"" + number + "\", \"name\": \"Changed\", "
                + "\"type\": \"SERVICE\", \"unitGroupId\": \"" + units[0] + "\", \"defaultUnitId\": \"" + units[1] + "\"}")
                .when().put("/api/products/" + id).then().statusCode(200).body("name", is("Changed"));
        manager().when().post("/api/products/" + id + "/revert").then().statusCode(200)
                .body("state", is("ACTIVE")).body("name", is("Espresso roast")).body("type", is("SALES_INVENTORY"))
                .body("listPrice.amount", is("24.00"));
        manager().when().post("/api/products/" + id + "/retire").then().statusCode(200).body("state", is("RETIRED"));
        manager().when().post("/api/products/" + id + "/publish").then().statusCode(409);
    }

    @Test
    void cloningMakesADraftCopyUnderANewNumber() {
        String id = publishedProduct(weightUnits(), "30.00");
        String number = unique("COPY");
        manager().body("{\"productNumber\": \"" + number + "\"}").when().post("/api/products/" + id + "/clone").then()
                .statusCode(201).body("state", is("DRAFT")).body("productNumber", is(number))
                .body("listPrice.amount", is("30.00")).body("name", is("Espresso roast (copy)"));
    }

    @Test
    void familiesAndBundlesKeepTheirRules() {
        String[] units = weightUnits();
        String family = manager().body("{\"productNumber\": \"" + unique("FAM") + "\", \"name\": \"Coffee\", "
                + "\"structure\": \"FAMILY\", \"type\": \"SALES_INVENTORY\"}").when().post("/api/products").then()
                .statusCode(201).body("structure", is("FAMILY")).extract().path("id");
        String child = manager().body("""
                {"productNumber": "%s", "name": "Roast", "type": "SALES_INVENTORY", "unitGroupId": "%s",
                 "defaultUnitId": "%s", "parentId": "%s"}""".formatted(unique("CHILD"), units[0], units[1], family))
                .when().post("/api/products").then().statusCode(201).extract().path("id");
        manager().when().post("/api/products/" + child + "/publish").then().statusCode(409)
                .body("detail", containsString("family"));
        manager().body("""
                {"productNumber": "%s", "name": "Kit", "structure": "BUNDLE", "type": "SALES_INVENTORY",
                 "unitGroupId": "%s", "defaultUnitId": "%s",
                 "components": [{"productId": "%s", "quantity": 1, "unitId": "%s"}]}"""
                .formatted(unique("KIT"), units[0], units[1], family, units[1]))
                .when().post("/api/products").then().statusCode(400)
                .body("errors[0].field", is("components[0].productId"));
        manager().body("{\"productNumber\": \"" + unique("P") + "\", \"name\": \"No units\", \"type\": \"SERVICE\"}")
                .when().post("/api/products").then().statusCode(400).body("errors[0].field", is("unitGroupId"));
    }

    @Test
    void numbersAndItemsAreUnique() {
        String[] units = weightUnits();
        String id = publishedProduct(units, "10.00");
        String number = manager().when().get("/api/products/" + id).then().extract().path("productNumber");
        manager().body("{\"productNumber\": \"" + number.toLowerCase() + "\", \"name\": \"Twin\", \"type\": \"SERVICE\", "
                + "\"unitGroupId\": \"" + units[0] + "\", \"defaultUnitId\": \"" + units[1] + "\"}")
                .when().post("/api/products").then().statusCode(409).body("existingProductId", is(id));
        String eur = priceList("EUR");
        String item = "{\"productId\": \"" + id + "\", \"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 10}";
        manager().body(item).when().post("/api/price-lists/" + eur + "/items").then().statusCode(201);
        manager().body(item).when().post("/api/price-lists/" + eur + "/items").then().statusCode(409);
    }

    @Test
    void aPriceListItemNeedsWhatItsMethodAndRoundingNeed() {
        String id = publishedProduct(weightUnits(), "10.00");
        String eur = priceList("EUR");
        manager().body("{\"productId\": \"" + id + "\", \"pricingMethod\": \"CURRENCY_AMOUNT\"}")
                .when().post("/api/price-lists/" + eur + "/items").then().statusCode(400)
                .body("errors[0].field", is("amount"));
        manager().body("{\"productId\": \"" + id + "\", \"pricingMethod\": \"MARGIN_CURRENT_COST\", \"percentage\": 100}")
                .when().post("/api/price-lists/" + eur + "/items").then().statusCode(400)
                .body("errors[0].field", is("percentage"));
        manager().body("{\"productId\": \"" + id + "\", \"pricingMethod\": \"PERCENT_OF_LIST\", \"percentage\": 90, "
                + "\"roundingPolicy\": \"UP\"}")
                .when().post("/api/price-lists/" + eur + "/items").then().statusCode(400)
                .body("errors.field", hasItem("roundingOption")).body("errors.field", hasItem("roundingAmount"));
        manager().body("{\"productId\": \"" + id + "\", \"pricingMethod\": \"WHOLESALE\"}")
                .when().post("/api/price-lists/" + eur + "/items").then().statusCode(400)
                .body("errors[0].field", is("pricingMethod"));
    }

    @Test
    void overlappingBandsAreRefusedAndAListInUseIsNotDeleted() {
        manager().body("""
                {"name": "Overlap", "type": "PERCENTAGE", "bands": [
                  {"lowQuantity": 1, "highQuantity": 10, "value": 5}, {"lowQuantity": 10, "highQuantity": 20, "value": 8}]}""")
                .when().post("/api/discount-lists").then().statusCode(400)
                .body("errors[0].field", is("bands[1]")).body("errors[0].rule", containsString("overlaps"));
        manager().body("{\"name\": \"Amounts\", \"type\": \"AMOUNT\", \"bands\": []}")
                .when().post("/api/discount-lists").then().statusCode(400).body("errors[0].field", is("currency"));

        String list = manager().body("{\"name\": \"" + unique("Used") + "\", \"type\": \"AMOUNT\", \"currency\": \"EUR\", "
                + "\"bands\": [{\"lowQuantity\": 5, \"highQuantity\": 50, \"value\": 1.5}]}")
                .when().post("/api/discount-lists").then().statusCode(201).extract().path("id");
        String product = publishedProduct(weightUnits(), "10.00");
        manager().body("{\"productId\": \"" + product + "\", \"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 10, "
                + "\"discountListId\": \"" + list + "\"}").when().post("/api/price-lists/" + priceList("USD") + "/items")
                .then().statusCode(400).body("errors[0].field", is("discountListId"));
        String eur = priceList("EUR");
        String item = manager().body("{\"productId\": \"" + product + "\", \"pricingMethod\": \"CURRENCY_AMOUNT\", "
                + "\"amount\": 10, \"discountListId\": \"" + list + "\"}").when().post("/api/price-lists/" + eur + "/items")
                .then().statusCode(201).extract().path("id");

        manager().when().delete("/api/discount-lists/" + list).then().statusCode(409).body("usedBy", is(1));
        manager().when().delete("/api/price-lists/" + eur + "/items/" + item).then().statusCode(204);
        manager().when().delete("/api/discount-lists/" + list).then().statusCode(204);
        manager().when().get("/api/discount-lists/" + list).then().statusCode(404);
    }

    @Test
    void changesFollowTheETagAndIdempotencyConventions() {
        String eur = priceList("EUR");
        manager().body("{\"name\": \"" + unique("Renamed") + "\"}").when().put("/api/price-lists/" + eur).then()
                .statusCode(428);
        manager().header("If-Match", "\"0\"").body("{\"name\": \"" + unique("Renamed") + "\"}")
                .when().put("/api/price-lists/" + eur).then().statusCode(200).header("ETag", "\"1\"");
        manager().header("If-Match", "\"0\"").body("{\"name\": \"" + unique("Stale") + "\"}")
                .when().put("/api/price-lists/" + eur).then().statusCode(412);

        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"" + unique("Once") + "\", \"currency\": \"USD\"}";
        String first = manager().header("Idempotency-Key", key).body(body).when().post("/api/price-lists").then()
                .statusCode(201).extract().path("id");
        manager().header("Idempotency-Key", key).body(body).when().post("/api/price-lists").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", is(first));
    }

    @Test
    void aMalformedPricingRequestIsA400NamingTheField() {
        rep().body("{\"lines\": []}").when().post("/api/pricing/calculate").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("lines"));
        rep().body("{\"lines\": [{\"productId\": \"" + UUID.randomUUID() + "\", \"quantity\": 0}], \"discountPercentage\": 120}")
                .when().post("/api/pricing/calculate").then().statusCode(400)
                .body("errors.field", hasItem("lines[0].quantity")).body("errors.field", hasItem("discountPercentage"));
        rep().body("{\"lines\": [{\"productId\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}]}")
                .when().post("/api/pricing/calculate").then().statusCode(200)
                .body("lines[0].error", is("NO_PRICE_LIST"));
    }

    @Test
    void namesUnitsParentsAndComponentsThatWouldBreakTheCatalogAreRefused() {
        String[] units = weightUnits();
        String groupName = manager().when().get("/api/unit-groups/" + units[0]).then().extract().path("name");
        manager().body("{\"name\": \"" + groupName.toUpperCase() + "\", \"baseUnit\": \"kg\"}")
                .when().post("/api/unit-groups").then().statusCode(409);
        manager().body("{\"name\": \"bag 250 g\", \"quantity\": 0.25, \"definedBy\": \"" + units[1] + "\"}")
                .when().post("/api/unit-groups/" + units[0] + "/units").then().statusCode(409);
        manager().body("{\"name\": \"crate\", \"quantity\": 6, \"definedBy\": \"" + weightUnits()[1] + "\"}")
                .when().post("/api/unit-groups/" + units[0] + "/units").then().statusCode(400)
                .body("errors[0].field", is("definedBy"));

        String eur = priceList("EUR");
        String listName = manager().when().get("/api/price-lists/" + eur).then().extract().path("name");
        manager().body("{\"name\": \"" + listName + "\", \"currency\": \"USD\"}").when().post("/api/price-lists").then()
                .statusCode(409);

        String notAFamily = product(units, "10.00");
        manager().body("""
                {"productNumber": "%s", "name": "Orphan", "type": "SALES_INVENTORY", "unitGroupId": "%s",
                 "defaultUnitId": "%s", "parentId": "%s"}""".formatted(unique("ORPHAN"), units[0], units[1], notAFamily))
                .when().post("/api/products").then().statusCode(400).body("errors[0].field", is("parentId"));
        manager().body("""
                {"productNumber": "%s", "name": "Not a kit", "type": "SALES_INVENTORY", "unitGroupId": "%s",
                 "defaultUnitId": "%s", "components": [{"productId": "%s", "quantity": 1, "unitId": "%s"}]}"""
                .formatted(unique("NOKIT"), units[0], units[1], notAFamily, units[1]))
                .when().post("/api/products").then().statusCode(400).body("errors[0].field", is("components"));
    }

    @Test
    void aCurrencyCodeThatIsNotIso4217IsA400NamingTheFieldOnWritesAndFilters() {
        // Three capitals that name no currency: refused as the API document's CurrencyCode enum says, never a 500.
        manager().body("{\"name\": \"" + unique("Nowhere") + "\", \"currency\": \"XYZ\"}").when().post("/api/price-lists")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("currency"));
        rep().queryParam("currency", "XYZ").when().get("/api/price-lists").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("currency"));
        rep().queryParam("currency", "EUR").when().get("/api/price-lists").then().statusCode(200);
    }

    @Test
    void unknownIdsAre404() {
        rep().when().get("/api/products/" + UUID.randomUUID()).then().statusCode(404);
        rep().when().get("/api/price-lists/" + UUID.randomUUID()).then().statusCode(404);
        rep().when().get("/api/price-lists/" + UUID.randomUUID() + "/items").then().statusCode(404);
        rep().when().get("/api/unit-groups/" + UUID.randomUUID()).then().statusCode(404);
        manager().when().post("/api/products/" + UUID.randomUUID() + "/publish").then().statusCode(404);
    }
}
