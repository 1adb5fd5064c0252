package io.lead2cash.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import io.lead2cash.platform.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Implements {@link Idempotent}. The key is reserved by an insert in the same transaction as the operation,
 * so two concurrent requests with one key serialise on it: the second waits, then replays the first's
 * committed response. A failed operation rolls its reservation back and may be retried. Keys are per
 * caller; reusing a key for a different request is refused with 422.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final String RESERVE = """
            INSERT INTO idempotency_record (subject, idem_key, request_hash) VALUES (:subject, :key, :hash)
            ON CONFLICT DO NOTHING""";

    private final CurrentVertxRequest request;
    private final CurrentUser user;
    private final EntityManager entityManager;
    private final ObjectMapper json;

    IdempotencyInterceptor(CurrentVertxRequest request, CurrentUser user, EntityManager entityManager, ObjectMapper json) {
        this.request = request;
        this.user = user;
        this.entityManager = entityManager;
        this.json = json;
    }

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        if (request.getCurrent() == null || !HttpMethod.POST.equals(request.getCurrent().request().method())) {
            return invocation.proceed();
        }
        String key = request.getCurrent().request().getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > 255) {
            throw ProblemException.invalid(HEADER, "must be 1 to 255 characters");
        }
        String hash = hash(invocation);
        String subject = user.id();
        return QuarkusTransaction.joiningExisting().call(() -> {
            boolean reserved = entityManager.createNativeQuery(RESERVE)
                    .setParameter("subject", subject).setParameter("key", key).setParameter("hash", hash)
                    .executeUpdate() == 1;
            if (!reserved) {
                RestResponse<Object> replayed = replay(subject, key, hash);
                return invocation.getMethod().getReturnType() == Response.class ? replayed.toResponse() : replayed;
            }
            Object result = invocation.proceed();
            if (result instanceof Response response) {
                store(subject, key, response);
            } else if (result instanceof RestResponse<?> response) {
                store(subject, key, response.toResponse());
            }
            return result;
        });
    }

    /** The first answer again; its body as a JSON tree, which any JSON writer writes back as it was stored. */
    private RestResponse<Object> replay(String subject, String key, String hash) throws Exception {
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(subject, key));
        if (record == null || record.status == null) {
            throw new ProblemException(ProblemType.CONFLICT, "A request with this Idempotency-Key is still in progress");
        }
        if (!record.requestHash.equals(hash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request");
        }
        RestResponse.ResponseBuilder<Object> replay = RestResponse.ResponseBuilder.<Object>create(record.status)
                .header(REPLAYED_HEADER, "true");
        if (record.body != null) {
            replay.entity(json.readTree(record.body)).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (record.location != null) {
            replay.header(HttpHeaders.LOCATION, record.location);
        }
        if (record.etag != null) {
            replay.header(HttpHeaders.ETAG, record.etag);
        }
        if (record.links != null) {
            replay.header(HttpHeaders.LINK, record.links);
        }
        return replay.build();
    }

    /** Everything but the framework's context objects: a body of any type, ids, headers, query values. */
    private static boolean isContent(Object argument) {
        return !(argument instanceof jakarta.ws.rs.core.UriInfo || argument instanceof HttpHeaders
                || argument instanceof jakarta.ws.rs.core.SecurityContext || argument instanceof jakarta.ws.rs.core.Request);
    }

    private void store(String subject, String key, Response response) throws Exception {
        IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(subject, key));
        record.status = response.getStatus();
        record.body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.etag = response.getEntityTag() == null ? response.getHeaderString(HttpHeaders.ETAG)
                : "\"" + response.getEntityTag().getValue() + "\"";
        record.links = response.getHeaderString(HttpHeaders.LINK);
    }

    /**
     * The request's fingerprint: its method and path, and the arguments that carry the request's content
     * (body records, ids, headers); framework objects such as {@code UriInfo} are left out.
     */
    private String hash(InvocationContext invocation) throws Exception {
        var http = request.getCurrent().request();
        List<Object> arguments = java.util.Arrays.stream(invocation.getParameters())
                .filter(IdempotencyInterceptor::isContent).toList();
        String fingerprint = http.method() + " " + http.path() + " " + json.writeValueAsString(arguments);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(fingerprint.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
