package io.lead2cash.gateway;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Answers refusals made at the edge as RFC 9457 problem+json, with the same types the services use. */
final class EdgeProblems {

    private EdgeProblems() {
    }

    static void send(RoutingContext ctx, int status, String type, String title, String detail) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(body(status, type, title, detail, ctx.request().path()).encode());
        // The body was paused for the proxy; let it drain so the connection can serve the next call.
        ctx.request().resume();
    }

    static JsonObject body(int status, String type, String title, String detail, String instance) {
        return new JsonObject().put("type", "urn:lead2cash:problem:" + type).put("title", title).put("status", status)
                .put("detail", detail).put("instance", instance).put("errors", new JsonArray());
    }
}
