package io.lead2cash.gateway;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * What every API call goes through before it reaches a service: a request id and W3C trace context (kept when
 * the caller sends valid ones), the body size limit, the bearer token checked at the edge (the services check it
 * again), the caller's rate limit, and a time limit; refusals and failures answer problem+json.
 */
@ApplicationScoped
public class EdgeGuard {

    static final String REQUEST_ID = "X-Request-Id";
    static final String TRACEPARENT = "traceparent";
    static final String SUBJECT = "lead2cash.subject";
    static final String ROLES = "lead2cash.roles";
    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String RATE_LIMIT = "RateLimit";

    private static final Logger LOG = Logger.getLogger(EdgeGuard.class);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject GatewayConfig config;
    @Inject Callers callers;
    @Inject RateLimiter limiter;
    private BufferedBody.Budget bodyBudget;

    void register(@Observes Router router) {
        router.route("/api/*").order(-100).handler(this::identify);
        router.route("/api/*").order(-99).handler(this::limitBody);
        router.route("/api/*").order(-98).handler(this::authenticate);
        router.route("/api/*").order(-97).handler(this::limitRate);
        bodyBudget = new BufferedBody.Budget(config.maxBufferedBytes(), config.maxBufferedBytesPerCaller());
        router.route("/api/*").order(-96).handler(this::readBody);
        router.route("/api/*").order(-95).handler(this::limitTime);
        router.route("/api/*").failureHandler(this::failed);
    }

    /** Gives the call a request id and a trace context, passed to the service and returned to the caller. */
    private void identify(RoutingContext ctx) {
        // The body waits until the proxy streams it to the service.
        ctx.request().pause();
        var headers = ctx.request().headers();
        // One checked value each: a second copy of a header could otherwise slip past into the services' logs.
        String requestId = headers.getAll(REQUEST_ID).size() == 1 ? headers.get(REQUEST_ID) : null;
        if (requestId == null || !SAFE_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        headers.set(REQUEST_ID, requestId);
        String traceparent = headers.getAll(TRACEPARENT).size() == 1 ? headers.get(TRACEPARENT) : null;
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            // Tracing is on: this call's own span (a child of the caller's trace, if any) is the services' parent.
            traceparent = "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        } else if (traceparent == null || !VALID_TRACEPARENT.matcher(traceparent).matches()) {
            traceparent = "00-" + hex(16) + "-" + hex(8) + "-01";
            headers.remove("tracestate");
        }
        headers.set(TRACEPARENT, traceparent);
        String id = requestId;
        String trace = traceparent;
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(REQUEST_ID, id).set(TRACEPARENT, trace));
        ctx.next();
    }

    private void limitBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = config.bodyLimit(ctx.request().method().name(), ctx.normalizedPath());
        try {
            if (length != null && Long.parseLong(length) > limit) {
                EdgeProblems.send(ctx, 413, "payload-too-large", "Request body too large",
                        "The body has " + length + " bytes; at most " + limit + " are accepted");
                return;
            }
        } catch (NumberFormatException e) {
            EdgeProblems.send(ctx, 400, "validation", "Invalid request", "Content-Length is not a number");
            return;
        }
        ctx.next();
    }

    /**
     * Reads the body whole before the call goes on (to the service, whose time limit starts after it): chunks beyond
     * the limit are refused (413, the connection closed rather than drained), and so is a body that has not arrived
     * within the read timeout (408) or one the gateway's budget of held bytes has no room for (429 for a caller at its
     * share, 503 when the gateway's is full).
     */
    private void readBody(RoutingContext ctx) {
        if (!BufferedBody.declared(ctx.request())) {
            ctx.next();
            return;
        }
        long limit = config.bodyLimit(ctx.request().method().name(), ctx.normalizedPath());
        String caller = String.valueOf((Object) ctx.get(SUBJECT));
        AtomicLong taken = new AtomicLong();
        ctx.addEndHandler(done -> bodyBudget.release(caller, taken.get()));
        BufferedBody.read(ctx.vertx(), ctx.request(), limit, config.bodyReadTimeout(), bodyBudget, caller, taken)
                .onComplete(read -> {
                    if (read.succeeded()) {
                        ctx.put(BufferedBody.KEY, read.result());
                        ctx.next();
                        return;
                    }
                    Throwable refusal = read.cause();
                    LOG.infof("%s %s: body refused, %s (request %s)", ctx.request().method(), ctx.normalizedPath(),
                            refusal.getMessage(), ctx.request().getHeader(REQUEST_ID));
                    if (ctx.request().version() != HttpVersion.HTTP_2) {
                        // What the caller has not sent yet is not read: the connection closes after the answer (an
                        // HTTP/2 stream is reset alone when the answer ends).
                        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                        ctx.response().endHandler(v -> ctx.request().connection().close());
                    }
                    if (refusal instanceof BufferedBody.TooLarge) {
                        EdgeProblems.send(ctx, 413, "payload-too-large", "Request body too large",
                                "The body has more than " + limit + " bytes; at most " + limit + " are accepted");
                    } else if (refusal instanceof BufferedBody.OverBudget over) {
                        ctx.response().putHeader("Retry-After", "5");
                        if (over.callersOwn) {
                            EdgeProblems.send(ctx, 429, "too-many-requests", "Too many requests",
                                    "Your request bodies in flight are at their limit; send this one when the others are done");
                        } else {
                            EdgeProblems.send(ctx, 503, "unavailable", "Service unavailable",
                                    "The gateway is receiving as many request bodies as it may hold; retry shortly");
                        }
                    } else {
                        EdgeProblems.send(ctx, 408, "request-timeout", "Request timeout",
                                "The body did not arrive within " + config.bodyReadTimeout().toSeconds() + " s");
                    }
                });
    }

    /** Checks the bearer token (signature, issuer, expiry) before any service sees the call. */
    private void authenticate(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthenticated(ctx, "A bearer token is required");
            return;
        }
        try {
            Callers.Caller caller = callers.identify(authorization.substring(7).trim());
            ctx.put(SUBJECT, caller.subject());
            ctx.put(ROLES, caller.roles());
            ctx.next();
        } catch (ParseException | RuntimeException e) {
            LOG.debugf("Refused a token at the edge: %s", e.getMessage());
            unauthenticated(ctx, "The bearer token is malformed, expired, not signed by a trusted key or from another issuer");
        }
    }

    private void unauthenticated(RoutingContext ctx, String detail) {
        // Calls without a valid token are limited per client address, so nobody can try tokens at full speed.
        if (!admitted(ctx, "ip:" + ctx.request().remoteAddress().hostAddress(), limiter.anonymous())) {
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        EdgeProblems.send(ctx, 401, "unauthenticated", "Authentication required", detail);
    }

    private void limitRate(RoutingContext ctx) {
        Set<String> roles = ctx.get(ROLES);
        if (admitted(ctx, "sub:" + ctx.get(SUBJECT), limiter.policyFor(roles))) {
            ctx.next();
        }
    }

    /**
     * Takes the call from the caller's bucket and says so in the RateLimit-Policy and RateLimit headers (IETF
     * httpapi-ratelimit-headers); beyond the limit answers 429 with Retry-After and returns false.
     */
    private boolean admitted(RoutingContext ctx, String caller, RateLimiter.Policy policy) {
        RateLimiter.Decision decision = limiter.acquire(caller, policy);
        if (!policy.unlimited()) {
            String name = '"' + policy.name() + '"';
            ctx.response().putHeader(RATE_LIMIT_POLICY, name + ";q=" + (long) policy.quota() + ";w=" + policy.windowSeconds());
            ctx.response().putHeader(RATE_LIMIT, name + ";r=" + decision.remaining() + ";t=" + decision.resetSeconds());
        }
        if (decision.allowed()) {
            return true;
        }
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        EdgeProblems.send(ctx, 429, "too-many-requests", "Too many requests", "More than " + (long) policy.quota()
                + " calls at once or " + Math.round(policy.perSecond() * 60) + " a minute (" + policy.name()
                + " limit): retry after " + decision.retryAfterSeconds() + " s");
        return false;
    }

    /** Answers 504 when the service has not finished answering in time (per service, else the gateway's default). */
    private void limitTime(RoutingContext ctx) {
        long millis = config.services().values().stream()
                .filter(s -> ServiceRoutes.serves(s.paths(), ctx.request().path()))
                .findFirst().flatMap(GatewayConfig.Service::timeout).orElse(config.routeTimeout()).toMillis();
        long timer = ctx.vertx().setTimer(millis, t -> {
            if (!ctx.response().ended()) {
                LOG.warnf("%s %s took longer than %d ms; answered 504 (request %s)", ctx.request().method(),
                        ctx.request().path(), millis, ctx.request().getHeader(REQUEST_ID));
                EdgeProblems.send(ctx, 504, "gateway-timeout", "Gateway timeout",
                        "The service did not answer within " + millis + " ms; the request may or may not have been "
                                + "applied, retry it with the same Idempotency-Key");
            }
        });
        // Once the service has started answering, the answer is its own, however slowly it streams.
        ctx.addHeadersEndHandler(v -> ctx.vertx().cancelTimer(timer));
        ctx.addEndHandler(v -> ctx.vertx().cancelTimer(timer));
        ctx.next();
    }

    private void failed(RoutingContext ctx) {
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status == 413) {
            EdgeProblems.send(ctx, 413, "payload-too-large", "Request body too large",
                    "At most " + config.maxBodySize() + " bytes are accepted");
            return;
        }
        LOG.errorf(ctx.failure(), "Gateway failure on %s %s (request %s)", ctx.request().method(), ctx.request().path(),
                ctx.request().getHeader(REQUEST_ID));
        EdgeProblems.send(ctx, 502, "bad-gateway", "Bad gateway", "The gateway could not complete the call to the service");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
