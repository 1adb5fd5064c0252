package io.lead2cash.gateway;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.WebServerRequest;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Routes each service's paths to it with a Vert.x reverse proxy, telling the service the public address
 * (X-Forwarded-Host/Proto/Port) so the links it returns point at the gateway.
 */
@ApplicationScoped
public class ServiceRoutes {

    private static final Logger LOG = Logger.getLogger(ServiceRoutes.class);

    @Inject GatewayConfig config;

    void register(@Observes Router router, Vertx vertx) {
        Map<String, ProxyHandler> handlers = new HashMap<>();
        config.services().forEach((name, service) -> {
            URI url = service.url();
            boolean tls = "https".equals(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
            long timeout = service.timeout().orElse(config.routeTimeout()).toSeconds();
            // Connections to a hung service are dropped after the route's time limit (plus a margin), and callers
            // beyond a bounded queue get 503 at once instead of piling up.
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setSsl(tls).setConnectTimeout(2_000).setKeepAlive(true).setMaxPoolSize(50)
                    .setIdleTimeout((int) Math.max(5, timeout + 5)).setMaxWaitQueueSize(500));
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(port, url.getHost());
            proxy.addInterceptor(new ForwardedHeaders(name));
            handlers.put(name, ProxyHandler.create(proxy));
        });
        // A pattern (/api/:collection/:id/timeline) is more specific than any prefix it falls under: routed first.
        config.services().forEach((name, service) -> service.paths().stream().filter(ServiceRoutes::isPattern)
                .forEach(path -> router.route(path).handler(handlers.get(name))));
        config.services().forEach((name, service) -> service.paths().stream().filter(p -> !isPattern(p))
                .forEach(path -> {
                    router.route(path).handler(handlers.get(name));
                    router.route(path + "/*").handler(handlers.get(name));
                }));
    }

    /** Whether one of a service's paths names this request path: a prefix of it, or a pattern it matches. */
    static boolean serves(List<String> paths, String path) {
        for (String p : paths) {
            if (isPattern(p) ? PATTERNS.computeIfAbsent(p, ServiceRoutes::compile).matcher(path).matches()
                    : path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Each configured pattern compiled once: this runs on every call. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private static Pattern compile(String pattern) {
        return Pattern.compile(pattern.replaceAll(":[A-Za-z]+", "[^/]+"));
    }

    private static boolean isPattern(String path) {
        return path.contains("/:");
    }

    void announce(@Observes StartupEvent event) {
        config.services().forEach((name, service) ->
                LOG.infof("Routing %s to %s-service at %s", service.paths(), name, service.url()));
    }

    /**
     * Passes the caller's view of the address on, so Location headers and links name the gateway; sends the body the
     * edge has read whole ({@link BufferedBody}); sends a call that may be repeated once more when the first try failed;
     * a service that still cannot be reached is answered at once with 503 problem+json.
     */
    static final class ForwardedHeaders implements ProxyInterceptor {

        /** A first try that failed later than this was not a closed kept-alive connection: it is not repeated. */
        private static final long REPEAT_WITHIN_NANOS = 1_000_000_000L;

        private final String service;

        ForwardedHeaders(String service) {
            this.service = service;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest original = context.request().proxiedRequest();
            var headers = context.request().headers();
            String authority = original.authority() != null ? original.authority().toString() : original.getHeader("Host");
            if (authority != null) {
                headers.set("X-Forwarded-Host", authority);
                int colon = authority.lastIndexOf(':');
                if (colon > 0 && authority.indexOf(']') < colon) {
                    headers.set("X-Forwarded-Port", authority.substring(colon + 1));
                }
            }
            // Only the gateway says where it is: a caller's own forwarding headers would choose the services' links.
            headers.remove("Forwarded");
            headers.remove("X-Forwarded-Prefix");
            headers.set("X-Forwarded-Proto", original.scheme() == null ? "http" : original.scheme());
            if (!headers.contains("X-Forwarded-Port") || authority == null || authority.lastIndexOf(':') <= authority.indexOf(']')) {
                headers.set("X-Forwarded-Port", "https".equals(original.scheme()) ? "443" : "80");
            }
            if (original.remoteAddress() != null) {
                String previous = original.getHeader("X-Forwarded-For");
                String client = original.remoteAddress().hostAddress();
                headers.set("X-Forwarded-For", previous == null ? client : previous + ", " + client);
            }
            Buffer body = original instanceof WebServerRequest web ? web.routingContext().get(BufferedBody.KEY) : null;
            return send(context, original, body);
        }

        private Future<ProxyResponse> send(ProxyContext context, HttpServerRequest original, Buffer body) {
            context.request().setBody(body == null ? null : Body.body(body));
            long sent = System.nanoTime();
            return context.sendRequest().recover(first -> {
                // Only a call that failed at once (a kept-alive connection the service had closed), never one that hung
                // until the connection timed out, nor one the caller already had its answer to (504).
                if (!mayRepeat(original) || System.nanoTime() - sent > REPEAT_WITHIN_NANOS || original.response().ended()) {
                    return Future.failedFuture(first);
                }
                // Most often a kept-alive connection the service had just closed: the call goes once more, on
                // another connection.
                LOG.infof("%s-service call %s %s failed (%s); sent once more", service, original.method(),
                        original.path(), first.getMessage());
                context.request().setBody(body == null ? null : Body.body(body));
                return context.sendRequest();
            }).recover(failure -> {
                LOG.warnf("%s-service unreachable for %s %s: %s", service, original.method(), original.path(), failure.getMessage());
                original.resume();
                ProxyResponse unavailable = context.request().response().setStatusCode(503);
                unavailable.headers().clear();
                unavailable.putHeader("Content-Type", "application/problem+json").putHeader("Retry-After", "5");
                unavailable.setBody(Body.body(Buffer.buffer(EdgeProblems.body(503, "unavailable", "Service unavailable",
                        "The " + service + "-service cannot be reached now; retry shortly", original.path()).encode())));
                return Future.succeededFuture(unavailable);
            });
        }

        /** A read, or a POST the service recognises when it comes again (its Idempotency-Key). */
        static boolean mayRepeat(HttpServerRequest request) {
            HttpMethod method = request.method();
            return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                    || method == HttpMethod.POST && request.headers().contains("Idempotency-Key");
        }
    }
}
