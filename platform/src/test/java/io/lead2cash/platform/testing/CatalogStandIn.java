package io.lead2cash.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An HTTP server standing in for the catalog's pricing endpoint: every product costs 12.50 per unit (or the line's
 * price override) except {@link #NOT_ON_LIST}, less the line's manual discount, plus its tax, as the engine prices;
 * it can be switched to answering 503 to play a catalog that is down, and prices at {@link #PRICE} when set.
 */
public class CatalogStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String NOT_ON_LIST = "00000000-0000-0000-0000-00000000dead";
    public static final AtomicBoolean DOWN = new AtomicBoolean();
    public static final AtomicReference<String> LAST_AUTHORIZATION = new AtomicReference<>();
    /** The catalog's price per unit now: change it to play a price change. */
    public static final AtomicReference<String> PRICE = new AtomicReference<>("12.50");

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            LAST_AUTHORIZATION.set(request.getHeader("Authorization"));
            if (DOWN.get() || !request.path().equals("/api/pricing/calculate")) {
                request.response().setStatusCode(503).end();
                return;
            }
            JsonArray priced = new JsonArray();
            for (Object item : body.toJsonObject().getJsonArray("lines")) {
                JsonObject line = (JsonObject) item;
                if (NOT_ON_LIST.equals(line.getString("productId"))) {
                    priced.add(new JsonObject().put("error", "PRODUCT_NOT_ON_PRICE_LIST").put("errorMessage", "not on the list"));
                    continue;
                }
                BigDecimal quantity = new BigDecimal(line.getValue("quantity").toString());
                BigDecimal price = line.getValue("priceOverride") == null ? new BigDecimal(PRICE.get())
                        : new BigDecimal(line.getValue("priceOverride").toString()).setScale(2, RoundingMode.HALF_UP);
                BigDecimal amount = price.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
                BigDecimal tax = decimal(line, "tax");
                BigDecimal discount = decimal(line, "manualDiscount");
                String product = line.getString("productId");
                priced.add(new JsonObject().put("unitId", "00000000-0000-0000-0000-0000000000aa")
                        .put("productNumber", numberOf(product)).put("productName", "Stand-in product " + numberOf(product))
                        .put("pricePerUnit", price.toPlainString()).put("volumeDiscountPerUnit", "0.00")
                        .put("amount", amount.toPlainString())
                        .put("extendedAmount", amount.subtract(discount).add(tax).toPlainString()));
            }
            request.response().putHeader("content-type", "application/json")
                    .end(new JsonObject().put("lines", priced).put("currency", "EUR").encode());
        }));
        try {
            server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String client = "io.lead2cash.platform.catalog.CatalogClient/calculate/";
        return Map.of("quarkus.rest-client.catalog.url", "http://localhost:" + server.actualPort(),
                client + "Retry/delay", "10",
                client + "CircuitBreaker/delay", "300");
    }

    private static BigDecimal decimal(JsonObject line, String field) {
        return line.getValue(field) == null ? BigDecimal.ZERO : new BigDecimal(line.getValue(field).toString());
    }

    /** The product number the stand-in gives a product: P- and the start of its id. */
    public static String numberOf(String productId) {
        return "P-" + productId.substring(0, 8);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
