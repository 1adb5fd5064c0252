package io.lead2cash.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Generates the published contract documents from the event records: one JSON Schema per event type and
 * the AsyncAPI 3 document. The records are the single source; the committed files are their output.
 */
public final class ContractDocuments {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private ContractDocuments() {
    }

    /** File name (relative to the module's resources) to content, for every contract document. */
    public static Map<String, String> generate() throws Exception {
        Map<String, String> files = new TreeMap<>();
        SchemaGenerator generator = schemaGenerator();
        for (Class<? extends BusinessEvent> event : EventCatalog.EVENTS) {
            EventContract contract = EventCatalog.contractOf(event);
            ObjectNode schema = generator.generateSchema(event);
            requiredOnce(schema);
            schema.put("$id", "https://lead2cash.io/schemas/" + contract.type() + ".json");
            schema.put("title", event.getSimpleName());
            schema.put("description", contract.summary());
            files.put(EventCatalog.schemaResource(contract.type()), JSON.writeValueAsString(schema) + "\n");
        }
        files.put("asyncapi.yaml", YAML.writeValueAsString(asyncApi()));
        return files;
    }

    /**
     * The generator names a required field of an unwrapped line (e.g. {@code lineNumber} of the {@code ProductLineData}
     * inside an order line) once for the line and once for its holder; a JSON Schema lists each name once.
     */
    private static void requiredOnce(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.get("required") instanceof ArrayNode required) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            required.forEach(name -> names.add(name.asText()));
            required.removeAll();
            names.forEach(required::add);
        }
        node.forEach(ContractDocuments::requiredOnce);
    }

    private static SchemaGenerator schemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Map<Class<?>, String[]> strings = Map.of(
                    UUID.class, new String[] {"format", "uuid"},
                    Instant.class, new String[] {"format", "date-time"},
                    LocalDate.class, new String[] {"format", "date"},
                    BigDecimal.class, new String[] {"pattern", "^-?[0-9]+(\\.[0-9]+)?$"});
            String[] facet = strings.get(type.getErasedType());
            if (facet == null) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string").put(facet[0], facet[1]);
            return new com.github.victools.jsonschema.generator.CustomDefinition(node,
                    com.github.victools.jsonschema.generator.CustomDefinition.DefinitionType.INLINE,
                    com.github.victools.jsonschema.generator.CustomDefinition.AttributeInclusion.YES);
        });
        // Every event has its id, time and subject record; a record's id is always there. Those are never null.
        config.forFields().withRequiredCheck(ContractDocuments::required);
        config.forFields().withNullableCheck(field -> field.getType().isPrimitive() || required(field) ? false : null);
        return new SchemaGenerator(config.build());
    }

    private static boolean required(com.github.victools.jsonschema.generator.FieldScope field) {
        String name = field.getDeclaredName();
        Class<?> owner = field.getDeclaringType().getErasedType();
        boolean eventSubject = BusinessEvent.class.isAssignableFrom(owner) && owner.isRecord()
                && owner.getRecordComponents().length > 2 && owner.getRecordComponents()[2].getName().equals(name);
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return field.getType().isPrimitive() || name.equals("eventId") || name.equals("occurredAt") || name.equals("id")
                || eventSubject || property != null && property.required();
    }

    private static ObjectNode asyncApi() {
        ObjectNode doc = YAML.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Lead2Cash business events");
        info.put("version", "1.0.0");
        info.put("description", """
                Business events of the Lead2Cash suite, published to Kafka as CloudEvents 1.0 in binary mode: \
                the attributes are ce_* headers, the data is the JSON message. Delivery is at least once and \
                ordered per aggregate (the Kafka key is the aggregate id): deduplicate by ce_id. \
                Generated from the event records in the events module; do not edit by hand.""");
        doc.put("defaultContentType", "application/json");
        ObjectNode server = doc.putObject("servers").putObject("local");
        server.put("host", "localhost:9092");
        server.put("protocol", "kafka");
        server.put("description", "The broker started by ./lead2cash up");

        Map<String, Map<String, Class<? extends BusinessEvent>>> byTopic = new LinkedHashMap<>();
        for (Class<? extends BusinessEvent> event : EventCatalog.EVENTS) {
            byTopic.computeIfAbsent(EventCatalog.contractOf(event).topic(), t -> new LinkedHashMap<>())
                    .put(event.getSimpleName(), event);
        }
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        byTopic.forEach((topic, events) -> {
            String channelId = topic.substring(topic.lastIndexOf('.') + 1);
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic);
            channel.put("description", "Events about " + channelId + "; Kafka key: the aggregate id (UUID).");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + capitalise(channelId) + "Events");
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            ArrayNode operationMessages = operation.putArray("messages");
            events.forEach((name, event) -> {
                EventContract contract = EventCatalog.contractOf(event);
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + name);
                ObjectNode message = messages.putObject(name);
                message.put("name", name);
                message.put("title", name);
                message.put("summary", contract.summary());
                message.put("contentType", "application/json");
                message.set("headers", headers(contract));
                ObjectNode payload = message.putObject("payload");
                payload.put("schemaFormat", "application/schema+json;version=draft-07");
                payload.putObject("schema").put("$ref", "./" + EventCatalog.schemaResource(contract.type()));
                ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
                key.put("type", "string");
                key.put("format", "uuid");
                key.put("description", "Id of the " + contract.aggregate());
            });
        });
        return doc;
    }

    private static ObjectNode headers(EventContract contract) {
        ObjectNode headers = YAML.createObjectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        header(properties, "ce_specversion", "CloudEvents version").put("const", "1.0");
        header(properties, "ce_id", "Unique event id: deduplicate on it").put("format", "uuid");
        header(properties, "ce_type", "Event type").put("const", contract.type());
        header(properties, "ce_source", "Publishing service, e.g. urn:lead2cash:leads-service");
        header(properties, "ce_subject", "Id of the " + contract.aggregate() + " (also the Kafka key)").put("format", "uuid");
        header(properties, "ce_time", "When it happened (RFC 3339)").put("format", "date-time");
        header(properties, "content-type", "Media type of the data").put("const", "application/json");
        header(properties, "traceparent", "W3C trace context of the work that caused the event, when known");
        ArrayNode required = headers.putArray("required");
        for (String name : new String[] {"ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time"}) {
            required.add(name);
        }
        return headers;
    }

    private static ObjectNode header(ObjectNode properties, String name, String description) {
        ObjectNode header = properties.putObject(name);
        header.put("type", "string");
        header.put("description", description);
        return header;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
