package io.lead2cash.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/journeys/{leadId}}: the story of one lead as far as it went — the lead, its account and contact,
 * the opportunity, its quotes, orders, invoices and payments, with a timeline — gathered from the services with the
 * caller's own token, so each service's access rules apply; what the caller may not see is named in {@code hidden}.
 */
@ApplicationScoped
public class Journeys {

    @Inject ServiceCalls calls;

    void register(@Observes Router router) {
        router.get("/api/journeys/:leadId").blockingHandler(this::journey);
    }

    private void journey(RoutingContext ctx) {
        String leadId = ctx.pathParam("leadId");
        try {
            UUID.fromString(leadId);
        } catch (IllegalArgumentException e) {
            ctx.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json").end(EdgeProblems.body(400,
                    "validation", "Invalid request", "leadId must be a UUID", ctx.request().path())
                    .put("errors", new JsonArray().add(new JsonObject().put("field", "leadId").put("rule", "must be a UUID")))
                    .encode());
            return;
        }
        String token = ctx.request().getHeader("Authorization");
        String requestId = ctx.request().getHeader(EdgeGuard.REQUEST_ID);
        try {
            ServiceCalls.Answer lead = calls.get("leads", "/api/leads/" + leadId, token, requestId);
            if (!lead.ok() || lead.object() == null) {
                // The leads-service's own 403 or 404 problem is the answer.
                ctx.response().setStatusCode(lead.status()).putHeader("Content-Type", "application/problem+json")
                        .end(lead.object() == null ? "" : lead.object().encode());
                return;
            }
            ctx.response().putHeader("Content-Type", "application/json")
                    .end(gather(lead.object(), token, requestId).encodePrettily());
        } catch (ServiceCalls.Unreachable e) {
            EdgeProblems.send(ctx, 503, "unavailable", "Service unavailable", "The " + e.service
                    + "-service cannot be reached now, so the journey is incomplete; retry shortly");
        }
    }

    private JsonObject gather(JsonObject lead, String token, String requestId) {
        JsonArray hidden = new JsonArray();
        JsonArray unavailable = new JsonArray();
        List<JsonObject> timeline = new ArrayList<>();
        JsonObject journey = new JsonObject().put("leadId", lead.getString("id")).put("lead", lead);
        step(timeline, "lead", lead, "createdAt", "created");
        step(timeline, "lead", lead, "qualifiedAt", "qualified");
        journey.put("account", record("leads", "/api/accounts/", lead.getString("accountId"), "account", token, requestId, hidden, unavailable));
        journey.put("contact", record("leads", "/api/contacts/", lead.getString("contactId"), "contact", token, requestId, hidden, unavailable));

        JsonArray opportunities = list("opportunity", "/api/opportunities?originatingLeadId=" + lead.getString("id"),
                "opportunity", token,
                    requestId, hidden, unavailable);
        JsonObject opportunity = opportunities.isEmpty() ? null : opportunities.getJsonObject(0);
        journey.put("opportunity", opportunity);
        JsonArray quotes = new JsonArray();
        JsonArray orders = new JsonArray();
        JsonArray invoices = new JsonArray();
        if (opportunity != null) {
            String id = opportunity.getString("id");
            step(timeline, "opportunity", opportunity, "createdAt", "opened");
            String state = opportunity.getString("state");
            if (state != null && !"OPEN".equals(state)) {
                step(timeline, "opportunity", opportunity, "modifiedAt", state.toLowerCase());
            }
            quotes = list("opportunity", "/api/quotes?opportunityId=" + id + "&size=200&sort=createdAt", "quotes", token,
                    requestId, hidden, unavailable);
            quotes.forEach(q -> step(timeline, "quote", (JsonObject) q, "modifiedAt",
                    ((JsonObject) q).getString("quoteNumber") + " " + String.valueOf(((JsonObject) q).getString("state"))
                            .toLowerCase()));
            orders = list("billing", "/api/orders?opportunityId=" + id + "&size=200&sort=createdAt", "orders", token,
                    requestId, hidden, unavailable);
            orders.forEach(o -> {
                step(timeline, "order", (JsonObject) o, "createdAt", ((JsonObject) o).getString("orderNumber") + " opened");
                step(timeline, "order", (JsonObject) o, "fulfilledAt", ((JsonObject) o).getString("orderNumber") + " fulfilled");
            });
            invoices = list("billing", "/api/invoices?opportunityId=" + id + "&size=200&sort=createdAt", "invoices", token,
                    requestId, hidden, unavailable);
            for (Object item : invoices) {
                JsonObject invoice = (JsonObject) item;
                step(timeline, "invoice", invoice, "createdAt", invoice.getString("invoiceNumber") + " created");
                JsonArray payments = list("billing", "/api/invoices/" + invoice.getString("id") + "/payments",
                        "payments", token, requestId, hidden, unavailable);
                invoice.put("payments", payments);
                invoice.getJsonArray("payments").forEach(p -> step(timeline, "payment", (JsonObject) p, "recordedAt",
                        "payment on " + invoice.getString("invoiceNumber")));
            }
        }
        timeline.sort(Comparator.comparing(s -> java.time.Instant.parse(s.getString("at"))));
        return journey.put("quotes", quotes).put("orders", orders).put("invoices", invoices)
                .put("timeline", new JsonArray(new ArrayList<>(timeline))).put("hidden", hidden)
                .put("unavailable", unavailable);
    }

    private JsonObject record(String service, String path, String id, String what, String token, String requestId,
            JsonArray hidden, JsonArray unavailable) {
        if (id == null) {
            return null;
        }
        ServiceCalls.Answer answer = ask(service, path + id, what, token, requestId, hidden, unavailable);
        return answer != null && answer.ok() ? answer.object() : null;
    }

    /**
     * A list's items: every page of it, following each page's {@code next} link (so a journey is complete however
     * many quotes, orders or invoices it has), or a plain array; what could be read when a page fails.
     */
    private JsonArray list(String service, String pathAndQuery, String what, String token, String requestId,
            JsonArray hidden, JsonArray unavailable) {
        JsonArray items = new JsonArray();
        String next = pathAndQuery;
        while (next != null) {
            ServiceCalls.Answer answer = ask(service, next, what, token, requestId, hidden, unavailable);
            if (answer == null || !answer.ok()) {
                return items;
            }
            if (answer.object() == null) {
                return answer.array();
            }
            items.addAll(answer.object().getJsonArray("items", new JsonArray()));
            next = answer.object().getString("next");
        }
        return items;
    }

    /**
     * One call; a 403 names the part in {@code hidden}, an unreachable or failing service in {@code unavailable},
     * so an incomplete journey says so instead of looking empty.
     */
    private ServiceCalls.Answer ask(String service, String pathAndQuery, String what, String token, String requestId,
            JsonArray hidden, JsonArray unavailable) {
        try {
            ServiceCalls.Answer answer = calls.get(service, pathAndQuery, token, requestId);
            if (answer.status() == 403) {
                hidden.add(what);
            } else if (!answer.ok() && answer.status() != 404) {
                unavailable.add(what);
            }
            return answer;
        } catch (ServiceCalls.Unreachable e) {
            unavailable.add(what);
            return null;
        }
    }

    private static void step(List<JsonObject> timeline, String record, JsonObject source, String field, String what) {
        String at = source.getString(field);
        if (at != null) {
            timeline.add(new JsonObject().put("at", at).put("record", record).put("id", source.getString("id"))
                    .put("step", what).put("state", source.getString("state"))
                    .put("statusReason", source.getString("statusReason")));
        }
    }
}
