package io.lead2cash.platform.api.openapi;

import io.lead2cash.platform.api.paging.Page;
import io.lead2cash.platform.api.input.StrictParameters;
import io.lead2cash.platform.api.AssignRequest;

import io.lead2cash.platform.problem.ProblemType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

/**
 * Completes every service's OpenAPI document with what the suite does the same way everywhere, so a client generated
 * from it is typed as the API behaves: verb operation ids, problem+json answers with the problem types, the headers
 * sent and required (ETag, Location, If-Match, Idempotency-Key), answers whose fields are all present (nullable where
 * they may be null), decimals as strings, ISO 4217 currency codes, the sort fields of each list, and examples. It
 * runs when the service is built, so the document is ready at start.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String SCHEMAS = "#/components/schemas/";
    /** A list method names its sort fields in this extension; the filter turns it into the sort parameter's schema. */
    public static final String SORT_FIELDS = "x-sort-fields";
    private static final String PROBLEM = SCHEMAS + "Problem";
    /** The answers the generator adds on its own (bean validation, roles), without a body. */
    private static final Set<String> GENERATED_PROBLEMS = Set.of("400", "401", "403");
    private static final Map<String, String> SCHEMA_NAMES = Map.of(
            "java.math.BigDecimal", "Decimal", "BigDecimal", "Decimal", "Instant", "DateTime", "LocalDate", "Date");

    /** The success statuses the resources declare, by operation ("POST /api/leads" answers 201). */
    private final Map<String, String> statuses;

    /** Built by the generator with the service's index, to read what the resource methods declare. */
    public ApiDocumentFilter(IndexView index) {
        this.statuses = DeclaredStatuses.in(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        renameSchemas(api, components);
        defineSharedSchemas(components);
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> describe(path, method, operation, components));
            }
        });
        Set<String> answers = reachable(components, answerSchemas(api));
        components.getSchemas().forEach((name, schema) -> {
            if (answers.contains(name) && schema.getProperties() != null && schema.getRequired() == null
                    && !name.equals("Problem")) {
                // Answers write every field, null or not (nullable ones say so), so all are present.
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, propertySchema) -> tidy(property, propertySchema));
            }
        });
        acceptNumbers(components, reachable(components, requestSchemas(api)), answers);
        Examples examples = new Examples(components);
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                examples.attach(operation)));
        // Schemas of the shared kit that this service's operations do not use (e.g. AssignRequest) are not its API.
        Set<String> used = reachable(components, pathSchemas(api));
        new ArrayList<>(components.getSchemas().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(components::removeSchema);
        if (api.getServers() == null || api.getServers().isEmpty()) {
            // Relative: the gateway the document was read from, in whatever environment; the service itself is internal.
            api.addServer(OASFactory.createServer().url("/").description("The suite's gateway (local, staging or "
                    + "production): every path of this service is served under it").addExtension("x-internal", true));
        }
    }

    /** Java type names leave the contract: BigDecimal is a Decimal, Page of LeadView a LeadPage. */
    private static void renameSchemas(OpenAPI api, Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Map<String, String> renames = new LinkedHashMap<>();
        for (String name : components.getSchemas().keySet()) {
            if (SCHEMA_NAMES.containsKey(name)) {
                renames.put(name, SCHEMA_NAMES.get(name));
            } else if (name.startsWith("Page") && name.length() > 4 && Character.isUpperCase(name.charAt(4))) {
                String item = name.substring(4);
                Schema items = components.getSchemas().get(name).getProperties() == null ? null
                        : components.getSchemas().get(name).getProperties().get("items");
                if (items != null && items.getItems() != null && items.getItems().getRef() != null) {
                    item = items.getItems().getRef().substring(SCHEMAS.length());
                }
                renames.put(name, (item.endsWith("View") ? item.substring(0, item.length() - 4) : item) + "Page");
            }
        }
        if (renames.isEmpty()) {
            return;
        }
        Map<String, Schema> renamed = new java.util.TreeMap<>();
        components.getSchemas().forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
        components.setSchemas(renamed);
        forEachSchema(api, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                String target = schema.getRef().substring(SCHEMAS.length());
                if (renames.containsKey(target)) {
                    schema.setRef(SCHEMAS + renames.get(target));
                }
            }
        });
    }

    private static void defineSharedSchemas(Components components) {
        components.addSchema("Decimal", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .pattern("^-?[0-9]{1,15}([.][0-9]{1,10})?$").maxLength(27)
                .description("A decimal number written as a string, e.g. \"1250.00\" (never a binary float). Requests may "
                        + "also send a JSON number.")
                .examples(List.of("1250.00")));
        components.addSchema("DecimalInput", OASFactory.createSchema()
                .description("A decimal number as a request may send it: a string such as \"1250.00\" (exact, as "
                        + "answers write it) or a JSON number such as 1250.00")
                .anyOf(List.of(OASFactory.createSchema().ref(SCHEMAS + "Decimal"),
                        OASFactory.createSchema().addType(Schema.SchemaType.NUMBER))));
        components.addSchema("CurrencyCode", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .pattern("^[A-Z]{3}$").minLength(3).maxLength(3)
                .description("An ISO 4217 currency code, e.g. EUR")
                .enumeration(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted()
                        .map(code -> (Object) code).toList()));
        components.addSchema("UUID", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid")
                .pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36)
                .description("A record's id").examples(List.of("0b6c2f4e-8d1a-4e59-9a77-3f0c2d5e8a41")));
        components.addSchema("DateTime", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time")
                .maxLength(35).description("An instant in ISO 8601 with its offset, e.g. 2026-12-01T09:30:00Z")
                .examples(List.of("2026-12-01T09:30:00Z")));
        components.addSchema("Date", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date")
                .maxLength(10).description("A calendar date in ISO 8601, e.g. 2026-12-15").examples(List.of("2026-12-15")));
        Schema problem = components.getSchemas() == null ? null : components.getSchemas().get("Problem");
        if (problem != null) {
            problem.setRequired(List.of("type", "title", "status"));
            Schema type = problem.getProperties().get("type");
            type.setEnumeration(java.util.Arrays.stream(ProblemType.values()).map(t -> (Object) t.uri()).toList());
            type.setDescription("The kind of problem, stable for clients to switch on: " + java.util.Arrays
                    .stream(ProblemType.values()).map(t -> t.uri().substring(t.uri().lastIndexOf(':') + 1) + " ("
                            + t.status() + ")").collect(Collectors.joining(", ")));
        }
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        answerAsDeclared(statuses.get(DeclaredStatuses.operation(method.name(), path)), operation);
        if (operation.getOperationId() == null) {
            operation.setOperationId(OperationNames.of(method.name(), path));
        }
        boolean byId = path.contains("{");
        Parameter ifMatch = null;
        if (operation.getParameters() != null) {
            List<Parameter> parameters = new ArrayList<>();
            for (Parameter parameter : operation.getParameters()) {
                Parameter copy = parameter;
                if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                    ifMatch = parameter;
                    parameter.setDescription(Boolean.TRUE.equals(parameter.getRequired())
                            ? "The record's ETag as last read: the change is refused with 412 if the record changed since, "
                                    + "with 428 without it"
                            : "The record's ETag as last read: the change is refused with 412 if the record changed since");
                    parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(40)
                            .pattern("^(W/)?\"[0-9]+\"$"));
                } else if (parameter.getIn() == Parameter.In.QUERY && "sort".equals(parameter.getName())) {
                    copy = sortParameter(parameter, operation);
                } else if (parameter.getIn() == Parameter.In.QUERY && "currency".equals(parameter.getName())) {
                    parameter.setSchema(OASFactory.createSchema().ref(SCHEMAS + "CurrencyCode"));
                } else if (parameter.getSchema() != null && parameter.getSchema().getType() != null
                        && parameter.getSchema().getType().contains(Schema.SchemaType.STRING)
                        && parameter.getSchema().getMaxLength() == null && parameter.getSchema().getEnumeration() == null) {
                    // StrictParameters refuses longer values with 400.
                    parameter.getSchema().setMaxLength(StrictParameters.MAX_LENGTH);
                }
                parameters.add(copy);
            }
            operation.setParameters(parameters);
        }
        if (operation.getExtensions() != null) {
            operation.removeExtension(SORT_FIELDS);
        }

        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid input: the problem's errors name each field and rule");
        problems.put("401", "No valid bearer token");
        problems.put("403", "Your roles, or the record's owner and sharing, do not allow this");
        problems.put("500", "Something failed inside the service; the problem names the request id to report");
        if (byId) {
            problems.put("404", "No record with this id");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            problems.put("409", "The record's state does not allow this (illegal transition), or a conflict such as a duplicate");
            problems.put("415", operation.getRequestBody() != null ? "The body is not application/json"
                    : "This operation takes no body, and one was sent in another type than application/json");
        }
        if (method == PathItem.HttpMethod.DELETE) {
            problems.put("409", "The record's state, or a record that uses it, does not allow this");
        }
        if (ifMatch != null) {
            problems.put("412", "If-Match names an older version: read the record again");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                problems.put("428", "If-Match is required");
            }
        }
        if (method == PathItem.HttpMethod.POST) {
            problems.put("422", "The Idempotency-Key was used for a different request");
            operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                    .description("Makes retries safe: a retry with the same key changes nothing more and returns the first "
                            + "response again, marked Idempotent-Replayed: true")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)
                            .pattern("^[\\x21-\\x7E]+$")));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        problems.forEach((status, description) -> {
            APIResponse declared = responses.getAPIResponse(status);
            // The generator's own 400/401/403 carry no body; the suite answers each with a problem.
            if (declared == null || declared.getContent() == null && GENERATED_PROBLEMS.contains(status)) {
                responses.addAPIResponse(status, problem(description));
            }
        });
        // A method declares its own problem answers by status and description only: the body is always a problem.
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null) {
                response.setContent(problem(response.getDescription()).getContent());
            }
        });
        operation.setResponses(responses);
        responses.getAPIResponses().forEach((status, response) -> {
            declareHeaders(status, response, components);
            describeSuccess(method, status, response, components);
        });

        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(generatedDescription(method, operation, ifMatch));
        }
    }

    /** The generator's 200 for a typed answer becomes the status the method declares (201 for a creation). */
    private static void answerAsDeclared(String status, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (status == null || status.equals("200") || responses == null || responses.getAPIResponse("200") == null
                || responses.getAPIResponse(status) != null) {
            return;
        }
        APIResponse answer = responses.getAPIResponse("200");
        responses.removeAPIResponse("200");
        responses.addAPIResponse(status, answer.description(status.equals("201") ? "Created; Location names it"
                : answer.getDescription()));
    }

    /** The sort parameter of a list, with its fields named (from the method's {@value #SORT_FIELDS}). */
    private static Parameter sortParameter(Parameter shared, Operation operation) {
        Object fields = operation.getExtensions() == null ? null : operation.getExtensions().get(SORT_FIELDS);
        if (fields == null) {
            return shared;
        }
        List<String> names = List.of(fields.toString().split(","));
        String one = "[-+]?(" + String.join("|", names) + ")";
        return OASFactory.createParameter().name("sort").in(Parameter.In.QUERY)
                .description("Comma-separated fields to sort by, among " + String.join(", ", names)
                        + "; prefix a field with - for descending, e.g. -" + names.get(0))
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)
                        .pattern("^" + one + "(," + one + ")*$"));
    }

    private static String generatedDescription(PathItem.HttpMethod method, Operation operation, Parameter ifMatch) {
        StringBuilder text = new StringBuilder(operation.getSummary() == null ? "" : operation.getSummary() + ".");
        if (method == PathItem.HttpMethod.GET && operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "cursor".equals(p.getName()))) {
            text.append(" One page at a time: follow next for the following page; totalItems only with count=true.");
        }
        if (ifMatch != null) {
            text.append(Boolean.TRUE.equals(ifMatch.getRequired()) ? " Needs If-Match with the record's ETag."
                    : " Send If-Match with the record's ETag to refuse the change if someone changed the record since.");
        }
        if (method == PathItem.HttpMethod.POST) {
            text.append(" Send an Idempotency-Key to make retries safe.");
        }
        return text.toString().trim();
    }

    /** The generator's bare "OK" and "No Content" say what the answer carries. */
    private static void describeSuccess(PathItem.HttpMethod method, String status, APIResponse response,
            Components components) {
        if ("No Content".equals(response.getDescription())) {
            response.setDescription("Done; nothing to show");
        } else if ("OK".equals(response.getDescription()) && carriesVersion(response, components)) {
            response.setDescription(method == PathItem.HttpMethod.GET ? "The record; its ETag carries its version"
                    : "Done: the record as it is now; its ETag carries its new version");
        }
    }

    /** ETag on answers carrying a record's version, Location on every 201. */
    private static void declareHeaders(String status, APIResponse response, Components components) {
        if (!status.startsWith("2")) {
            return;
        }
        if (status.equals("201")) {
            response.addHeader("Location", OASFactory.createHeader().required(true)
                    .description("Where the created record is read")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference").maxLength(2048)));
        }
        if (carriesVersion(response, components)) {
            response.addHeader("ETag", OASFactory.createHeader().required(true)
                    .description("The record's version, for If-Match on its next change")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(40).pattern("^\"[0-9]+\"$")));
        }
    }

    private static boolean carriesVersion(APIResponse response, Components components) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        for (var entry : response.getContent().getMediaTypes().entrySet()) {
            if (!entry.getKey().equals("application/json")) {
                return true; // documents (PDF) are rendered from a record at a version
            }
            Schema schema = resolve(entry.getValue().getSchema(), components);
            if (schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decimals and currencies as the suite writes them; JSON Schema ignores numeric bounds on strings, so they are said
     * in words; patterns anchored as Bean Validation applies them (to the whole value).
     */
    private static void tidy(String property, Schema schema) {
        String ref = schema.getRef();
        boolean decimal = ref != null && ref.equals(SCHEMAS + "Decimal") || schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING) && !schema.getType().contains(Schema.SchemaType.NUMBER);
        if (decimal) {
            sayBounds(schema);
            if (ref == null && schema.getMaxLength() == null && schema.getPattern() != null
                    && schema.getPattern().contains("\\d")) {
                schema.setMaxLength(32);
            }
        }
        if (schema.getDescription() != null && schema.getDescription().equals("A decimal")) {
            schema.setDescription("A decimal number written as a string, e.g. \"1250.00\"");
        }
        if (ref != null) {
            // The referenced schema says the type; a sibling type is noise (and wrong for a nullable reference).
            List<Schema.SchemaType> types = schema.getType();
            boolean nullable = types != null && types.contains(Schema.SchemaType.NULL);
            schema.setType(null);
            if (nullable) {
                schema.setRef(null);
                schema.setAnyOf(List.of(OASFactory.createSchema().ref(ref),
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            }
        }
        if (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(s -> s.getRef() != null)) {
            // "nullable reference": anyOf [ref, null] says it all; the generator's sibling type contradicts the ref.
            schema.setType(null);
            schema.setFormat(null);
        }
        anchor(schema);
        boolean currency = property.equals("currency") || property.endsWith("Currency");
        if (currency && (ref == null || !ref.endsWith("CurrencyCode")) && schema.getAnyOf() == null
                && (schema.getType() == null || schema.getType().contains(Schema.SchemaType.STRING))) {
            boolean nullable = schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
            String description = schema.getDescription();
            schema.setType(null);
            schema.setPattern(null);
            schema.setMinLength(null);
            schema.setMaxLength(null);
            schema.setExamples(null);
            if (nullable) {
                schema.setAnyOf(List.of(OASFactory.createSchema().ref(SCHEMAS + "CurrencyCode"),
                        OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            } else {
                schema.setRef(SCHEMAS + "CurrencyCode");
            }
            schema.setDescription(description);
        }
        if (schema.getItems() != null && schema.getItems().getRef() == null) {
            tidy(property, schema.getItems());
        }
    }

    /** Numeric bounds on a decimal written as a string move into its description. */
    private static void sayBounds(Schema schema) {
        List<String> bounds = new ArrayList<>();
        if (schema.getMinimum() != null) {
            bounds.add("at least " + schema.getMinimum().stripTrailingZeros().toPlainString());
        }
        if (schema.getExclusiveMinimum() != null) {
            bounds.add("more than " + schema.getExclusiveMinimum().stripTrailingZeros().toPlainString());
        }
        if (schema.getMaximum() != null) {
            bounds.add("at most " + schema.getMaximum().stripTrailingZeros().toPlainString());
        }
        if (schema.getExclusiveMaximum() != null) {
            bounds.add("less than " + schema.getExclusiveMaximum().stripTrailingZeros().toPlainString());
        }
        if (schema.getMultipleOf() != null) {
            bounds.add("at most " + schema.getMultipleOf().stripTrailingZeros().scale() + " decimals");
        }
        if (bounds.isEmpty()) {
            return;
        }
        schema.setMinimum(null);
        schema.setExclusiveMinimum(null);
        schema.setMaximum(null);
        schema.setExclusiveMaximum(null);
        schema.setMultipleOf(null);
        String said = String.join(", ", bounds);
        String description = schema.getDescription();
        schema.setDescription(description == null || description.equals("A decimal")
                ? "A decimal number written as a string: " + said
                : description + " (" + said + ")");
    }

    /** Bean Validation matches a pattern against the whole value; JSON Schema finds it anywhere unless anchored. */
    private static void anchor(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern == null || pattern.startsWith("^")) {
            return;
        }
        // @NotBlank: some character that is not white space, anywhere.
        schema.setPattern(pattern.equals("\\S") ? "^[\\s\\S]*\\S[\\s\\S]*$" : "^(?:" + pattern + ")$");
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    static Schema resolve(Schema schema, Components components) {
        Schema current = schema;
        for (int depth = 0; current != null && current.getRef() != null && depth < 10; depth++) {
            String ref = current.getRef();
            current = ref.startsWith(SCHEMAS) && components.getSchemas() != null
                    ? components.getSchemas().get(ref.substring(SCHEMAS.length())) : null;
        }
        return current;
    }

    /**
     * Requests may send a decimal as a JSON number too (Jackson reads both exactly), so the fields of what only requests
     * carry are declared as both: a client or validator generated from the document accepts what the service takes.
     */
    private static void acceptNumbers(Components components, Set<String> requests, Set<String> answers) {
        requests.stream().filter(name -> !answers.contains(name)).map(name -> components.getSchemas().get(name))
                .filter(schema -> schema != null && schema.getProperties() != null)
                .forEach(schema -> schema.getProperties().values().forEach(property -> {
                    walk(property, nested -> {
                        if ((SCHEMAS + "Decimal").equals(nested.getRef())) {
                            nested.setRef(SCHEMAS + "DecimalInput");
                        }
                    });
                    if (boundedDecimal(property)) {
                        Schema written = OASFactory.createSchema().type(property.getType()).pattern(property.getPattern())
                                .maxLength(property.getMaxLength());
                        property.setType(null);
                        property.setPattern(null);
                        property.setMaxLength(null);
                        property.setAnyOf(List.of(written, OASFactory.createSchema().addType(Schema.SchemaType.NUMBER)));
                    }
                }));
    }

    /** A decimal with its own digits (@Digits): a string whose pattern is digits with a decimal part. */
    private static boolean boundedDecimal(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.STRING))
                && schema.getPattern() != null && schema.getPattern().contains("([.]\\d{1,");
    }

    private static List<Schema> requestSchemas(OpenAPI api) {
        List<Schema> roots = new ArrayList<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                collect(operation.getRequestBody().getContent(), roots);
            }
        }));
        return roots;
    }

    private static List<Schema> answerSchemas(OpenAPI api) {
        List<Schema> roots = new ArrayList<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        collect(response.getContent(), roots);
                    }
                });
            }
        }));
        return roots;
    }

    private static void collect(Content content, List<Schema> roots) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(java.util.Objects::nonNull)
                    .forEach(roots::add);
        }
    }

    /** The names of the component schemas the roots refer to, directly or through others. */
    private static Set<String> reachable(Components components, List<Schema> roots) {
        Set<String> names = new HashSet<>();
        java.util.ArrayDeque<Schema> work = new java.util.ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            Schema schema = work.pop();
            walk(schema, nested -> {
                if (nested.getRef() != null && nested.getRef().startsWith(SCHEMAS)) {
                    String name = nested.getRef().substring(SCHEMAS.length());
                    if (names.add(name) && components.getSchemas() != null && components.getSchemas().get(name) != null) {
                        work.push(components.getSchemas().get(name));
                    }
                }
            });
        }
        return names;
    }

    /** Every schema of the document: components, parameters, bodies, answers and what they nest. */
    private static void forEachSchema(OpenAPI api, Consumer<Schema> action) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(s -> walk(s, action));
        }
        pathSchemas(api).forEach(s -> walk(s, action));
    }

    /** The schemas the operations name directly: of their parameters, bodies, answers and answer headers. */
    private static List<Schema> pathSchemas(OpenAPI api) {
        List<Schema> roots = new ArrayList<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(Parameter::getSchema).filter(java.util.Objects::nonNull)
                        .forEach(roots::add);
            }
            if (operation.getRequestBody() != null) {
                collect(operation.getRequestBody().getContent(), roots);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> {
                    collect(r.getContent(), roots);
                    if (r.getHeaders() != null) {
                        r.getHeaders().values().stream().map(Header::getSchema).filter(java.util.Objects::nonNull)
                                .forEach(roots::add);
                    }
                });
            }
        }));
        return roots;
    }

    static void walk(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, action));
        }
        walk(schema.getItems(), action);
        walk(schema.getAdditionalPropertiesSchema(), action);
        walk(schema.getNot(), action);
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(s -> walk(s, action));
            }
        }
    }
}
