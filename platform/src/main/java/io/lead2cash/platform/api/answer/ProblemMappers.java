package io.lead2cash.platform.api.answer;

import io.lead2cash.platform.api.input.StrictJsonInput;

import io.lead2cash.platform.problem.Problem;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into RFC 9457 problem+json: the suite's own {@link ProblemException}s, bean validation,
 * unreadable JSON, security refusals, framework HTTP errors and, as a last resort, unexpected failures
 * (500, logged with a reference the caller can quote).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // Ahead of the extensions' built-in mappers (which answer in their own formats).
    private static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(new Problem(e.type().uri(), e.type().title(), e.type().status(),
                e.getMessage(), path(uri), e.errors(), e.extensions()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::rule));
        return build(ProblemType.VALIDATION, errors.size() == 1
                ? errors.get(0).field() + " " + errors.get(0).rule()
                : errors.size() + " fields are invalid", uri, errors);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return build(ProblemType.MALFORMED_BODY, "The body is not well-formed JSON: " + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String rule = "is not a field of this request" + (unknown.getKnownPropertyIds() == null ? ""
                    : "; its fields are " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
            return build(ProblemType.VALIDATION, field + " " + rule, uri, List.of(new Problem.FieldError(field, rule)));
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return build(ProblemType.MALFORMED_BODY, "The body has content after its JSON document", uri, List.of());
        }
        // The suite's own readers (StrictJsonInput) state their rule as the message: "must not contain ...".
        String rule = e instanceof InvalidFormatException format && format.getOriginalMessage() != null
                && format.getOriginalMessage().startsWith("must ") ? format.getOriginalMessage()
                : e instanceof InvalidFormatException format ? typeRule(format.getTargetType())
                : e.getTargetType() != null ? typeRule(e.getTargetType()) : "has the wrong JSON type";
        if (field.isEmpty()) {
            return build(ProblemType.MALFORMED_BODY, "The body must be a JSON " + rule.replace("must be a ", ""), uri, List.of());
        }
        return build(ProblemType.VALIDATION, field + " " + rule, uri, List.of(new Problem.FieldError(field, rule)));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response uninstantiable(ValueInstantiationException e, UriInfo uri) {
        String field = jsonPath(e);
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String rule = cause instanceof NullPointerException ? "is required" : "is invalid: " + cause.getMessage();
        return build(ProblemType.VALIDATION, field + " " + rule, uri, List.of(new Problem.FieldError(field, rule)));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unmappable(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        return build(ProblemType.VALIDATION, field + " is invalid: " + e.getOriginalMessage(), uri,
                List.of(new Problem.FieldError(field, "is invalid")));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return build(ProblemType.MALFORMED_BODY, "The body cannot be read: " + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper(value = {AuthenticationFailedException.class, UnauthorizedException.class}, priority = PRIORITY)
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return unauthenticatedResponse(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return build(ProblemType.FORBIDDEN, "Your roles do not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper(value = {OptimisticLockException.class, StaleStateException.class}, priority = PRIORITY)
    public Response concurrentlyModified(RuntimeException e, UriInfo uri) {
        return concurrentlyModifiedResponse(uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        if (status == 400) {
            // The JSON reader reports unreadable bodies as a bare 400; answer from the parser's own error.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonParseException parse) {
                    return unparsable(parse, uri);
                }
                if (cause instanceof MismatchedInputException mismatch) {
                    return mismatched(mismatch, uri);
                }
                if (cause instanceof JsonProcessingException other) {
                    return unreadable(other, uri);
                }
            }
            return build(ProblemType.MALFORMED_BODY, "The request cannot be read", uri, List.of());
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), status, e.getMessage(), path(uri), List.of(), Map.of()));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = PRIORITY + 1)
    public Response unexpected(Throwable e, UriInfo uri) {
        // Two requests racing to create the same thing: the loser's insert breaks a unique constraint at flush or
        // commit, wrapped in whatever the transaction threw. That is a conflict for the client, not a server fault.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "23505".equals(violation.getSQLState())) {
                return build(ProblemType.CONFLICT, "The same record was created at the same moment by another request"
                        + (violation.getConstraintName() == null ? "" : " (" + violation.getConstraintName() + ")")
                        + "; fetch it, or retry", uri, List.of());
            }
            if (cause instanceof java.sql.SQLException sql && "22003".equals(sql.getSQLState())) {
                // A number the caller sent (or one computed from theirs) is beyond what an amount column holds.
                return build(ProblemType.VALIDATION, "A number is too large: amounts and quantities must stay below 10^15",
                        uri, List.of());
            }
            if (cause instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
                // A text longer than its column; the request's own size checks should have said which field.
                return build(ProblemType.VALIDATION, "A text is longer than the field allows", uri, List.of());
            }
            if (cause instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                // Text PostgreSQL cannot store (a NUL); the request checks refuse it first, this is the last line.
                return build(ProblemType.VALIDATION, "A text contains a character that cannot be stored (NUL)", uri, List.of());
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentlyModifiedResponse(uri);
            }
        }
        if (io.lead2cash.platform.domain.DatabaseOutage.isOutage(e)) {
            // Not a fault of the request, nor a bug: the database is down or restarting. The client may retry.
            LOG.warnf("Database unreachable while answering %s: %s", path(uri), e.getMessage());
            return Response.fromResponse(build(ProblemType.UNAVAILABLE, "The database is unreachable right now; retry shortly",
                    uri, List.of())).header("Retry-After", "2").build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s (reference %s)", path(uri), reference);
        return build(ProblemType.INTERNAL, "Unexpected failure; quote reference " + reference + " when reporting it",
                uri, List.of());
    }

    private static Response unauthenticatedResponse(UriInfo uri) {
        return Response.fromResponse(build(ProblemType.UNAUTHENTICATED,
                "A valid bearer token is required (missing, malformed, expired or not trusted)", uri, List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    private static Response concurrentlyModifiedResponse(UriInfo uri) {
        return build(ProblemType.PRECONDITION_FAILED,
                "The record was changed by someone else meanwhile; fetch it again and retry with its new ETag", uri, List.of());
    }

    private static Response build(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return respond(new Problem(type.uri(), type.title(), type.status(), detail, path(uri), errors, Map.of())).build();
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code create.request.lines[0].quantity} becomes {@code lines[0].quantity}: method and parameter are noise. */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.size() > 2 ? String.join(".", names.subList(2, names.size()))
                : names.isEmpty() ? "" : names.get(names.size() - 1);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String typeRule(Class<?> type) {
        if (type == null) {
            return "has the wrong JSON type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class) {
            return "must be a decimal number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be a timestamp (ISO 8601, e.g. 2026-11-22T10:15:30Z)";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }
}
