package io.lead2cash.devstack.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.devstack.TokenSource;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Loads a small, realistic catalog through the public API: Contoso Coffee's roasts (by the kilo and by the
 * bag), machines, a care plan and a starter kit, priced in EUR and USD with a volume discount on roasts.
 * Records that exist already (same number or name) are reused, so running it twice changes nothing.
 */
public final class CatalogSeed {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;
    private final PrintStream out;

    /** What the seed made that a demo sells: the EUR price list, and products by number. */
    public record Seeded(String eurPriceList, String usdPriceList, Map<String, String> products) {
    }

    public CatalogSeed(String gateway, TokenSource tokens, PrintStream out) {
        this.api = new ApiClient(gateway, tokens.issue("catalog-seed", List.of("catalog-manager"), null, Duration.ofMinutes(10)));
        this.out = out;
    }

    public Seeded run() throws IOException, InterruptedException {
        JsonNode weight = unitGroup("Coffee weight", "kg", Map.of("bag 250 g", "0.25", "sack 10 kg", "10"));
        JsonNode each = unitGroup("Each", "each", Map.of("box of 6", "6"));
        JsonNode time = unitGroup("Service time", "month", Map.of("year", "12"));
        String kg = weight.path("baseUnitId").asText();
        String bag = unit(weight, "bag 250 g");
        String piece = each.path("baseUnitId").asText();
        String month = time.path("baseUnitId").asText();

        String family = product("""
                {"productNumber": "CC-ROASTS", "name": "Contoso roasts", "structure": "FAMILY", "type": "SALES_INVENTORY",
                 "description": "Our roasts, sold by the kilo or in 250 g bags"}""");
        String espresso = product(sellable("CC-ROAST-ESP", "Espresso Intenso roast", "SALES_INVENTORY", weight, kg,
                "28.00", "14.50", "14.00", 2, family));
        String house = product(sellable("CC-ROAST-HOUSE", "House Blend roast", "SALES_INVENTORY", weight, kg,
                "22.00", "11.00", "10.50", 2, family));
        String machine = product(sellable("CC-MACH-SEMI", "Semi-automatic espresso machine, 2 groups", "SALES_INVENTORY",
                each, piece, "2490.00", "1450.00", "1400.00", 0, null));
        String grinder = product(sellable("CC-GRIND", "Conical burr grinder", "SALES_INVENTORY", each, piece,
                "640.00", "380.00", "370.00", 0, null));
        String care = product(sellable("CC-CARE", "Machine care plan (descaling, seals, two visits a year)", "SERVICE",
                time, month, "45.00", "20.00", "20.00", 0, null));
        String install = product(sellable("CC-INSTALL", "Installation and barista training", "FLAT_FEE", each, piece,
                "150.00", "60.00", "60.00", 0, null));
        String kit = product("""
                {"productNumber": "CC-KIT-CAFE", "name": "Café starter kit", "structure": "BUNDLE", "type": "SALES_INVENTORY",
                 "unitGroupId": "%s", "defaultUnitId": "%s", "listPrice": {"amount": "3290.00", "currency": "EUR"},
                 "components": [{"productId": "%s", "quantity": 1, "unitId": "%s"},
                                {"productId": "%s", "quantity": 1, "unitId": "%s"},
                                {"productId": "%s", "quantity": 5, "unitId": "%s"}]}"""
                .formatted(each.path("id").asText(), piece, machine, piece, grinder, piece, espresso, kg));
        for (String id : List.of(family, espresso, house, machine, grinder, care, install, kit)) {
            publish(id);
        }

        String volume = named("/api/discount-lists", "Roasts by volume", """
                {"name": "Roasts by volume", "type": "PERCENTAGE", "bands": [
                  {"lowQuantity": 10, "highQuantity": 49.99, "value": 5},
                  {"lowQuantity": 50, "highQuantity": 100000, "value": 10}]}""");
        String eur = named("/api/price-lists", "Contoso Retail EUR",
                "{\"name\": \"Contoso Retail EUR\", \"currency\": \"EUR\", \"description\": \"List prices for Europe\"}");
        item(eur, espresso, kg, "\"pricingMethod\": \"PERCENT_OF_LIST\", \"percentage\": 100, "
                + "\"quantitySellingOption\": \"WHOLE_AND_FRACTIONAL\", \"discountListId\": \"" + volume + "\"");
        item(eur, espresso, bag, "\"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 7.90, \"quantitySellingOption\": \"WHOLE\"");
        item(eur, house, kg, "\"pricingMethod\": \"MARKUP_CURRENT_COST\", \"percentage\": 90, \"roundingPolicy\": \"UP\", "
                + "\"roundingOption\": \"ENDS_IN\", \"roundingAmount\": 0.99, \"quantitySellingOption\": \"WHOLE_AND_FRACTIONAL\", "
                + "\"discountListId\": \"" + volume + "\"");
        item(eur, machine, piece, "\"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 2490.00, \"quantitySellingOption\": \"WHOLE\"");
        item(eur, grinder, piece, "\"pricingMethod\": \"MARGIN_CURRENT_COST\", \"percentage\": 40, \"roundingPolicy\": \"NEAREST\", "
                + "\"roundingOption\": \"MULTIPLE_OF\", \"roundingAmount\": 5, \"quantitySellingOption\": \"WHOLE\"");
        item(eur, care, month, "\"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 45.00, \"quantitySellingOption\": \"WHOLE\"");
        item(eur, install, piece, "\"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 150.00, \"quantitySellingOption\": \"WHOLE\"");
        item(eur, kit, piece, "\"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 3290.00, \"quantitySellingOption\": \"WHOLE\"");

        String usd = named("/api/price-lists", "Contoso Retail USD",
                "{\"name\": \"Contoso Retail USD\", \"currency\": \"USD\", \"description\": \"List prices for the Americas\"}");
        Map<String, String[]> usdPrices = Map.of(espresso, new String[] {kg, "31.00"}, house, new String[] {kg, "24.00"},
                machine, new String[] {piece, "2790.00"}, grinder, new String[] {piece, "720.00"},
                care, new String[] {month, "49.00"}, install, new String[] {piece, "170.00"}, kit, new String[] {piece, "3690.00"});
        for (var price : usdPrices.entrySet()) {
            boolean roast = price.getKey().equals(espresso) || price.getKey().equals(house);
            item(usd, price.getKey(), price.getValue()[0], "\"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": "
                    + price.getValue()[1] + ", \"quantitySellingOption\": \"" + (roast ? "WHOLE_AND_FRACTIONAL" : "WHOLE")
                    + "\"" + (roast ? ", \"discountListId\": \"" + volume + "\"" : ""));
        }
        item(usd, espresso, bag, "\"pricingMethod\": \"CURRENCY_AMOUNT\", \"amount\": 8.90, \"quantitySellingOption\": \"WHOLE\"");
        out.println("Seeded the Contoso Coffee catalog: price lists " + eur + " (EUR) and " + usd + " (USD)");
        return new Seeded(eur, usd, Map.of("CC-ROAST-ESP", espresso, "CC-ROAST-HOUSE", house, "CC-MACH-SEMI", machine,
                "CC-GRIND", grinder, "CC-CARE", care, "CC-INSTALL", install, "CC-KIT-CAFE", kit));
    }

    private static String sellable(String number, String name, String type, JsonNode group, String unit, String list,
            String current, String standard, int decimals, String family) {
        return """
                {"productNumber": "%s", "name": "%s", "type": "%s", "unitGroupId": "%s", "defaultUnitId": "%s",
                 "listPrice": {"amount": "%s", "currency": "EUR"}, "currentCost": {"amount": "%s", "currency": "EUR"},
                 "standardCost": {"amount": "%s", "currency": "EUR"}, "decimalsSupported": %d%s}"""
                .formatted(number, name, type, group.path("id").asText(), unit, list, current, standard, decimals,
                        family == null ? "" : ", \"parentId\": \"" + family + "\"");
    }

    private JsonNode unitGroup(String name, String base, Map<String, String> units) throws IOException, InterruptedException {
        JsonNode found = find("/api/unit-groups?q=" + encode(name), name, "name");
        JsonNode group = found != null ? found
                : send("POST", "/api/unit-groups", "{\"name\": \"" + name + "\", \"baseUnit\": \"" + base + "\"}", 201);
        report(found == null, "unit group", name);
        for (var unit : units.entrySet()) {
            if (unit(group, unit.getKey()) == null) {
                group = send("POST", "/api/unit-groups/" + group.path("id").asText() + "/units", "{\"name\": \""
                        + unit.getKey() + "\", \"quantity\": " + unit.getValue() + ", \"definedBy\": \""
                        + group.path("baseUnitId").asText() + "\"}", 200);
            }
        }
        return group;
    }

    private static String unit(JsonNode group, String name) {
        for (JsonNode unit : group.path("units")) {
            if (unit.path("name").asText().equals(name)) {
                return unit.path("id").asText();
            }
        }
        return null;
    }

    private String product(String body) throws IOException, InterruptedException {
        String number = JSON.readTree(body).path("productNumber").asText();
        JsonNode found = find("/api/products?productNumber=" + encode(number), number, "productNumber");
        report(found == null, "product", number);
        return (found != null ? found : send("POST", "/api/products", body, 201)).path("id").asText();
    }

    private void publish(String id) throws IOException, InterruptedException {
        JsonNode product = send("GET", "/api/products/" + id, null, 200);
        if (!product.path("state").asText().equals("ACTIVE")) {
            send("POST", "/api/products/" + id + "/publish", null, 200);
        }
    }

    private String named(String path, String name, String body) throws IOException, InterruptedException {
        JsonNode found = find(path + "?q=" + encode(name), name, "name");
        report(found == null, path.substring(path.lastIndexOf('/') + 1).replace('-', ' ').replaceAll("s$", ""), name);
        return (found != null ? found : send("POST", path, body, 201)).path("id").asText();
    }

    private void item(String priceList, String product, String unit, String pricing) throws IOException, InterruptedException {
        JsonNode items = send("GET", "/api/price-lists/" + priceList + "/items?size=200&productId=" + product, null, 200);
        for (JsonNode item : items.path("items")) {
            if (item.path("unitId").asText().equals(unit)) {
                return;
            }
        }
        send("POST", "/api/price-lists/" + priceList + "/items",
                "{\"productId\": \"" + product + "\", \"unitId\": \"" + unit + "\", " + pricing + "}", 201);
    }

    private JsonNode find(String query, String value, String field) throws IOException, InterruptedException {
        for (JsonNode item : send("GET", query, null, 200).path("items")) {
            if (item.path(field).asText().equalsIgnoreCase(value)) {
                return item;
            }
        }
        return null;
    }

    private JsonNode send(String method, String path, String body, int expected) throws IOException, InterruptedException {
        return api.send(method, path, body, expected);
    }

    private void report(boolean created, String kind, String name) {
        out.printf("  %-8s %s %s%n", created ? "created" : "exists", kind, name);
    }

    private static String encode(String text) {
        return ApiClient.encode(text);
    }
}
