package io.lead2cash.platform.api.openapi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * The success statuses resource methods declare with {@code @ResponseStatus} (201 for a creation), by operation
 * ("POST /api/leads"): the generator names every typed answer 200, the document names it as the service answers.
 */
final class DeclaredStatuses {

    private static final DotName RESPONSE_STATUS = DotName.createSimple("org.jboss.resteasy.reactive.ResponseStatus");
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final List<String> VERBS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private DeclaredStatuses() {
    }

    static Map<String, String> in(IndexView index) {
        Map<String, String> statuses = new HashMap<>();
        for (AnnotationInstance status : index.getAnnotations(RESPONSE_STATUS)) {
            if (status.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = status.target().asMethod();
            String verb = VERBS.stream().filter(v -> method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + v)))
                    .findFirst().orElse(null);
            AnnotationInstance resource = method.declaringClass().declaredAnnotation(PATH);
            if (verb != null && resource != null) {
                AnnotationInstance sub = method.declaredAnnotation(PATH);
                statuses.put(operation(verb, path(resource.value().asString(), sub == null ? "" : sub.value().asString())),
                        String.valueOf(status.value().asInt()));
            }
        }
        return statuses;
    }

    static String operation(String verb, String path) {
        return verb + " " + path;
    }

    /** The path as the document writes it: one slash between parts, none at the end, parameters without their regex. */
    static String path(String resource, String method) {
        String joined = ("/" + resource + "/" + method).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
