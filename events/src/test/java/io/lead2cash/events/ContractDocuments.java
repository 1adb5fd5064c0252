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
import io.lead2cash.events.registry.EventCatalog;
import io.lead2cash.events.registry.Subscriptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
            // Every string quoted: a YAML 1.1 reader would take an unquoted 2026-12-01T09:30:00Z for a timestamp.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private ContractDocuments() {
    }

    /** File name (relative to the module's resources) to content, for every contract document. */
    public static Map<String, String> generate() throws Exception {
        Map<String, String> files = new TreeMap<>();
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        SchemaGenerator generator = schemaGenerator();
        for (Class<? extends BusinessEvent> event : EventCatalog.EVENTS) {
            EventContract contract = EventCatalog.contractOf(event);
            ObjectNode schema = generator.generateSchema(event);
            requiredOnce(schema);
            schema.put("$id", "https://lead2cash.io/schemas/" + contract.type() + ".json");
            schema.put("title", event.getSimpleName());
            schema.put("description", contract.summary());
            files.put(EventCatalog.schemaResource(contract.type()), JSON.writeValueAsString(schema) + "\n");
            schemas.put(contract.type(), schema);
        }
        files.put("asyncapi.yaml", YAML.writeValueAsString(asyncApi(schemas)));
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

    private static ObjectNode asyncApi(Map<String, ObjectNode> schemas) {
        ObjectNode doc = YAML.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Lead2Cash business events");
        info.put("version", "1.0.0");
        info.put("description", """
                Business events of the Lead2Cash suite, published to Kafka as CloudEvents 1.0 in binary mode: \
                the attributes are ce_* headers, the data is the JSON message. Delivery is at least once and \
                ordered per aggregate (the Kafka key is the aggregate id): deduplicate by ce_id. \
                Each consuming service applies an event once (it records the ce_id in the same transaction as the \
                effect) and parks what it cannot apply on its dead-letter topic. \
                Generated from the event records in the events module; do not edit by hand.""");
        info.putObject("contact").put("name", "Lead2Cash maintainers")
                .put("url", "https://github.com/lead2cash/lead2cash/issues");
        ArrayNode tags = info.putArray("tags");
        tags.addObject().put("name", "Leads").put("description", "Leads, accounts and contacts (leads-service)");
        tags.addObject().put("name", "Catalog").put("description", "Products, price lists and discount lists (catalog-service)");
        tags.addObject().put("name", "Opportunities").put("description",
                "Opportunities, quotes, activities and notes (opportunity-service)");
        tags.addObject().put("name", "Billing").put("description", "Orders, invoices, payments and credit notes (billing-service)");
        tags.addObject().put("name", "Dead letters").put("description", "What a consumer could not apply, parked for replay");
        doc.put("defaultContentType", "application/json");
        ObjectNode server = doc.putObject("servers").putObject("local");
        server.put("host", "localhost:9092");
        server.put("protocol", "kafka");
        server.put("description", "The broker started by ./lead2cash up; elsewhere, the cluster the suite is given by "
                + "KAFKA_BOOTSTRAP_SERVERS");

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
            operation.put("description", "The " + Topics.publisher(topic) + " publishes these events to " + topic
                    + " through its transactional outbox: each is written in the transaction of the change it reports "
                    + "and relayed at least once, in order per aggregate.");
            operation.putArray("tags").addObject().put("name", capitalise(channelId));
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
                message.putArray("examples").add(example(name, contract, schemas.get(contract.type())));
            });
        });
        receiveOperations(channels, operations, messages);
        return doc;
    }

    /**
     * For every consumer: a receive operation on the topic it reads with the events it applies, and its dead-letter
     * channel, where it parks (sends) what it cannot apply.
     */
    private static void receiveOperations(ObjectNode channels, ObjectNode operations, ObjectNode messages) {
        ObjectNode parked = messages.putObject("DeadLetteredEvent");
        parked.put("name", "DeadLetteredEvent");
        parked.put("title", "Dead-lettered event");
        parked.put("summary", "A consumed record its consumer could not apply after its retries, parked unchanged (key, "
                + "value and CloudEvents headers) with the reason added; replay it once the cause is fixed");
        ObjectNode headers = parked.putObject("headers");
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        header(properties, "dead-letter-reason", "Why it could not be applied");
        header(properties, "dead-letter-cause", "The root cause's message");
        header(properties, "dead-letter-exception-class-name", "The exception's class");
        header(properties, "dead-letter-topic", "The topic it was read from");
        header(properties, "dead-letter-partition", "The partition it was read from").put("pattern", "^[0-9]+$");
        header(properties, "dead-letter-offset", "Its offset there").put("pattern", "^[0-9]+$");
        header(properties, "dead-letter-consumer", "The consumer that parked it");
        headers.putArray("required").add("dead-letter-reason").add("dead-letter-topic").add("dead-letter-partition")
                .add("dead-letter-offset").add("dead-letter-consumer");
        parked.putObject("payload").put("description", "The original record value, unchanged (JSON, or whatever the "
                + "producer wrote when it was not a CloudEvent)");

        Map<String, List<Subscriptions.Subscription>> byGroup = new LinkedHashMap<>();
        for (Subscriptions.Subscription subscription : Subscriptions.ALL) {
            byGroup.computeIfAbsent(subscription.consumerGroup(), g -> new java.util.ArrayList<>()).add(subscription);
            String topicChannel = subscription.topic().substring(subscription.topic().lastIndexOf('.') + 1);
            String group = camel(subscription.consumerGroup());
            ObjectNode receive = operations.putObject(group + "Receives" + capitalise(topicChannel));
            receive.put("action", "receive");
            receive.put("summary", subscription.purpose());
            receive.putArray("tags").addObject().put("name", capitalise(topicChannel));
            receive.put("description", "Consumer group " + subscription.consumerGroup() + " reads " + subscription.topic()
                    + " and applies these events, each once (its ce_id is recorded in the transaction of its effect); "
                    + "other events of the topic are skipped. What it cannot apply after its retries goes to "
                    + subscription.deadLetterTopic() + ".");
            receive.putObject("channel").put("$ref", "#/channels/" + topicChannel);
            ArrayNode received = receive.putArray("messages");
            subscription.events().forEach(event -> received.addObject()
                    .put("$ref", "#/channels/" + topicChannel + "/messages/" + event.getSimpleName()));
            ObjectNode groupId = receive.putObject("bindings").putObject("kafka").putObject("groupId");
            groupId.put("type", "string");
            groupId.putArray("enum").add(subscription.consumerGroup());
        }
        byGroup.forEach((consumerGroup, subscriptions) -> {
            String channelId = camel(consumerGroup) + "DeadLetter";
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", Topics.deadLetterTopic(consumerGroup));
            channel.put("description", "Where " + consumerGroup + " parks the events it could not apply (from "
                    + String.join(" and ", subscriptions.stream().map(Subscriptions.Subscription::topic).toList())
                    + "); watch lead2cash_consumer_dead_lettered_total and replay them once the cause is fixed.");
            channel.putObject("messages").putObject("DeadLetteredEvent").put("$ref", "#/components/messages/DeadLetteredEvent");
            ObjectNode send = operations.putObject(camel(consumerGroup) + "ParksUnappliedEvents");
            send.put("action", "send");
            send.put("summary", consumerGroup + " parks an event it could not apply after its retries");
            send.put("description", "After its retries, " + consumerGroup + " writes the record it could not apply here "
                    + "unchanged, with the reason in dead-letter-* headers, and goes on with the next one.");
            send.putArray("tags").addObject().put("name", "Dead letters");
            send.putObject("channel").put("$ref", "#/channels/" + channelId);
            send.putArray("messages").addObject().put("$ref", "#/channels/" + channelId + "/messages/DeadLetteredEvent");
        });
    }

    /** An example of the event as it travels: its CloudEvents headers and a payload composed from its schema. */
    private static ObjectNode example(String name, EventContract contract, ObjectNode schema) {
        ObjectNode example = YAML.createObjectNode();
        example.put("name", name);
        example.put("summary", contract.summary());
        ObjectNode headers = example.putObject("headers");
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", EXAMPLE_EVENT_ID);
        headers.put("ce_type", contract.type());
        headers.put("ce_source", Topics.publisher(contract.topic()));
        headers.put("ce_subject", EXAMPLE_ID);
        headers.put("ce_time", EXAMPLE_TIME);
        headers.put("content-type", "application/json");
        example.set("payload", sample(schema, schema, "", 0));
        return example;
    }

    static final String EXAMPLE_ID = "0b6c2f4e-8d1a-4e59-9a77-3f0c2d5e8a41";
    static final String EXAMPLE_EVENT_ID = "a4268e9b-3c1d-4f6e-8b2a-9d0e1f2a3b4c";
    static final String EXAMPLE_TIME = "2026-12-01T09:30:00Z";
    /** A value the schema accepts, non-null wherever null is allowed, so the example shows every field. */
    static com.fasterxml.jackson.databind.JsonNode sample(ObjectNode root, com.fasterxml.jackson.databind.JsonNode schema,
            String name, int depth) {
        var factory = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (depth > 20) {
            return factory.nullNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return sample(root, ref.equals("#") ? root : root.at(ref.substring(1)), name, depth + 1);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        for (String choice : new String[] {"anyOf", "oneOf"}) {
            if (schema.has(choice)) {
                for (var option : schema.get(choice)) {
                    if (!"null".equals(option.path("type").asText())) {
                        return sample(root, option, name, depth + 1);
                    }
                }
            }
        }
        java.util.Set<String> types = new java.util.HashSet<>();
        schema.path("type").forEach(t -> types.add(t.asText()));
        if (schema.path("type").isTextual()) {
            types.add(schema.get("type").asText());
        }
        if (types.contains("object") || schema.has("properties")) {
            ObjectNode object = factory.objectNode();
            schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                    sample(root, p.getValue(), p.getKey(), depth + 1)));
            return object;
        }
        if (types.contains("array")) {
            return factory.arrayNode().add(sample(root, schema.path("items"), name, depth + 1));
        }
        if (types.contains("integer")) {
            return factory.numberNode(name.toLowerCase(java.util.Locale.ROOT).contains("probability") ? 60 : 1);
        }
        if (types.contains("number")) {
            return factory.numberNode(1);
        }
        if (types.contains("boolean")) {
            return factory.booleanNode(true);
        }
        if (types.contains("string")) {
            String format = schema.path("format").asText();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (format.equals("uuid") || lower.endsWith("id") && !lower.endsWith("paid")) {
                return factory.textNode(name.equals("eventId") ? EXAMPLE_EVENT_ID : EXAMPLE_ID);
            }
            if (format.equals("date-time") || lower.endsWith("at")) {
                return factory.textNode(EXAMPLE_TIME);
            }
            if (format.equals("date") || lower.endsWith("date") || lower.endsWith("from") || lower.endsWith("to")) {
                return factory.textNode("2026-12-15");
            }
            if (schema.has("pattern") && schema.get("pattern").asText().contains("[0-9]")) {
                return factory.textNode("1250.00");
            }
            if (lower.contains("currency")) {
                return factory.textNode("EUR");
            }
            if (lower.contains("email")) {
                return factory.textNode("camille.durand@cafe-lumiere.example");
            }
            return factory.textNode(EXAMPLE_TEXT.getOrDefault(name, name.isEmpty() ? "text" : name.replaceAll(
                    "([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)));
        }
        return factory.nullNode();
    }

    private static final Map<String, String> EXAMPLE_TEXT = Map.ofEntries(
            Map.entry("topic", "50 espresso machines for the Lyon offices"), Map.entry("firstName", "Camille"),
            Map.entry("lastName", "Durand"), Map.entry("companyName", "Café Lumière SARL"),
            Map.entry("customerName", "Café Lumière SARL"), Map.entry("name", "Café Lumière SARL"),
            Map.entry("ownerId", "rep001"), Map.entry("owningTeam", "team01"), Map.entry("principalId", "team01"),
            Map.entry("userId", "rep002"), Map.entry("phone", "+33 4 72 00 00 00"), Map.entry("city", "Lyon"),
            Map.entry("productNumber", "ESP-100"), Map.entry("quoteNumber", "QUO-2026-000042"),
            Map.entry("orderNumber", "ORD-2026-000042"), Map.entry("invoiceNumber", "INV-2026-000042"),
            Map.entry("reason", "The customer chose another supplier"), Map.entry("subject", "Call about the delivery dates"));

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            out.append(out.length() == 0 ? part : capitalise(part));
        }
        return out.toString();
    }

    private static ObjectNode headers(EventContract contract) {
        ObjectNode headers = YAML.createObjectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        header(properties, "ce_specversion", "CloudEvents version").put("const", "1.0");
        header(properties, "ce_id", "Unique event id: deduplicate on it").put("format", "uuid");
        header(properties, "ce_type", "Event type").put("const", contract.type());
        header(properties, "ce_source", "The publishing service, the only one that writes this topic: consumers refuse "
                + "an event that names another").put("const", Topics.publisher(contract.topic()));
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
