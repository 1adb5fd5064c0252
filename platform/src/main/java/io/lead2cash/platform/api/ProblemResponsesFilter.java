package io.lead2cash.platform.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents what every service answers the same way, so front ends see it in each OpenAPI document: the
 * problem+json error responses of each operation and the Idempotency-Key header of POSTs. It runs when the service is
 * built, so the document is ready at start (run at start, it was an eighth of a service's start-up time).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean byId = path.contains("{");
            item.getOperations().forEach((method, operation) -> describe(path, method, operation, byId));
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation, boolean byId) {
        if (!path.startsWith("/api/")) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid input: the problem's errors name each field and rule");
        problems.put("401", "No valid bearer token");
        problems.put("403", "Your roles, or the record's owner and sharing, do not allow this");
        if (byId) {
            problems.put("404", "No record with this id");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            problems.put("409", "The record's state does not allow this (illegal transition), or a conflict such as a duplicate");
            problems.put("415", "The body is not application/json");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.POST && byId) {
            problems.put("412", "If-Match names an older version: fetch the record again");
        }
        if (method == PathItem.HttpMethod.PUT) {
            problems.put("428", "If-Match is required");
        }
        if (method == PathItem.HttpMethod.POST) {
            problems.put("422", "The Idempotency-Key was used for a different request");
            operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(
                    org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                    .description("Makes retries safe: a retry with the same key changes nothing more and returns the first "
                            + "response (operations that are idempotent by nature, such as sharing or repricing, simply "
                            + "answer the same again)")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(255)));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        problems.forEach((status, description) -> responses.addAPIResponse(status, problem(description)));
        operation.setResponses(responses);
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))));
    }
}
