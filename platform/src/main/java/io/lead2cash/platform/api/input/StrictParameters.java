package io.lead2cash.platform.api.input;

import io.lead2cash.platform.problem.Problem;
import io.lead2cash.platform.problem.ProblemException;
import io.lead2cash.platform.problem.ProblemType;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before a resource or the database sees them, query and path parameters no operation accepts (control
 * characters such as NUL, values longer than {@value #MAX_LENGTH} characters, booleans other than true/false,
 * malformed numbers, UUIDs, dates and timestamps) and bodies of a media type the operation does not read (415), each
 * as problem+json naming the parameter.
 */
public class StrictParameters {

    /** The longest query or path parameter value anything in the suite needs (search text, ids, sort lists). */
    public static final int MAX_LENGTH = 500;

    /** What the resource method declares: the type of each query parameter, and whether it reads a JSON body. */
    private record Declared(Map<String, Class<?>> queryTypes, boolean readsBody, boolean declaresConsumes) {
    }

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Declared declaration = method == null ? new Declared(Map.of(), false, true)
                : declared.computeIfAbsent(method, StrictParameters::declaredBy);
        List<Problem.FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        path.forEach((name, values) -> values.forEach(value -> checkText(name, value, errors)));
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        query.forEach((name, values) -> {
            for (String value : values) {
                if (checkText(name, value, errors)) {
                    checkType(name, value, declaration.queryTypes().get(name), errors);
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() == 1
                    ? errors.get(0).field() + " " + errors.get(0).rule()
                    : errors.size() + " parameters are invalid", errors, Map.of());
        }
        if (!declaration.declaresConsumes() && hasBody(request) && !isJson(request.getMediaType())) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, declaration.readsBody()
                    ? "This operation reads a JSON body (Content-Type: application/json), not " + request.getMediaType()
                    : "This operation takes no body; a " + request.getMediaType() + " body cannot be read");
        }
    }

    private static boolean checkText(String name, String value, List<Problem.FieldError> errors) {
        if (value.length() > MAX_LENGTH) {
            errors.add(new Problem.FieldError(name, "must be at most " + MAX_LENGTH + " characters"));
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                errors.add(new Problem.FieldError(name, "must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + ")"));
                return false;
            }
        }
        return true;
    }

    private static void checkType(String name, String value, Class<?> type, List<Problem.FieldError> errors) {
        if (type == null || type == String.class) {
            return;
        }
        String rule = null;
        if (type == boolean.class || type == Boolean.class) {
            rule = "true".equals(value) || "false".equals(value) ? null : "must be true or false";
        } else if (type == int.class || type == Integer.class) {
            rule = parses(() -> Integer.parseInt(value)) ? null : "must be a whole number";
        } else if (type == long.class || type == Long.class) {
            rule = parses(() -> Long.parseLong(value)) ? null : "must be a whole number";
        } else if (type == UUID.class) {
            rule = isUuid(value) ? null : "must be a UUID";
        } else if (type == LocalDate.class) {
            rule = parses(() -> LocalDate.parse(value)) ? null : "must be a date (YYYY-MM-DD)";
        } else if (type == Instant.class) {
            rule = parses(() -> Instant.parse(value)) ? null : "must be a timestamp (ISO 8601, e.g. 2026-11-22T10:15:30Z)";
        } else if (type.isEnum()) {
            rule = isConstant(type, value) ? null : "must be one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (rule != null) {
            errors.add(new Problem.FieldError(name, rule));
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    /** The canonical 8-4-4-4-12 form only: {@link UUID#fromString} also takes "1-2-3-4-5". */
    private static boolean isUuid(String value) {
        return value.length() == 36 && value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }

    private static boolean isConstant(Class<?> type, String value) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length != null ? !"0".equals(length.trim()) : request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("application".equals(type.getType()) && ("json".equals(type.getSubtype())
                || type.getSubtype().endsWith("+json")));
    }

    private static Declared declaredBy(Method method) {
        Map<String, Class<?>> types = new HashMap<>();
        boolean readsBody = false;
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                types.put(query.value(), parameter.getType());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                queryFields(parameter.getType(), types);
            } else if (isEntity(parameter)) {
                readsBody = true;
            }
        }
        boolean consumes = method.isAnnotationPresent(Consumes.class) || method.getDeclaringClass().isAnnotationPresent(Consumes.class);
        return new Declared(Map.copyOf(types), readsBody, consumes);
    }

    private static void queryFields(Class<?> beanClass, Map<String, Class<?>> types) {
        for (Class<?> c = beanClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    types.put(query.value(), field.getType());
                }
            }
        }
    }

    /** A parameter with none of the JAX-RS source annotations, and not a context the framework injects, is the body. */
    private static boolean isEntity(Parameter parameter) {
        String typeName = parameter.getType().getName();
        if (typeName.startsWith("jakarta.ws.rs.") || typeName.startsWith("io.vertx.") || typeName.startsWith("org.jboss.resteasy.")
                || typeName.startsWith("io.quarkus.")) {
            return false;
        }
        for (Annotation annotation : parameter.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type == PathParam.class || type == HeaderParam.class || type == CookieParam.class || type == FormParam.class
                    || type == MatrixParam.class || type == Context.class
                    || type.getName().startsWith("org.jboss.resteasy.reactive.Rest")) {
                return false;
            }
        }
        return true;
    }
}
