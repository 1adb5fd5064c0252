package io.lead2cash.platform.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes an example for every JSON request body and for each operation's main answer, composed from its schema: a
 * field's own example first, then its enum, then a value a seller would recognise for the field's name, then its
 * format. Spectral checks each example against its schema, so an example that breaks a rule fails the build.
 */
final class Examples {

    private static final Map<String, Object> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("topic", "50 espresso machines for the Lyon offices");
        BY_NAME.put("firstName", "Camille");
        BY_NAME.put("lastName", "Durand");
        BY_NAME.put("fullName", "Camille Durand");
        BY_NAME.put("companyName", "Café Lumière SARL");
        BY_NAME.put("customerName", "Café Lumière SARL");
        BY_NAME.put("accountName", "Café Lumière SARL");
        BY_NAME.put("email", "camille.durand@cafe-lumiere.example");
        BY_NAME.put("phone", "+33 4 72 00 00 00");
        BY_NAME.put("website", "https://cafe-lumiere.example");
        BY_NAME.put("jobTitle", "Head of purchasing");
        BY_NAME.put("industry", "Hospitality");
        BY_NAME.put("street1", "12 Rue de la République");
        BY_NAME.put("street2", "3e étage");
        BY_NAME.put("postalCode", "69002");
        BY_NAME.put("city", "Lyon");
        BY_NAME.put("stateOrProvince", "Auvergne-Rhône-Alpes");
        BY_NAME.put("country", "France");
        BY_NAME.put("source", "Trade show");
        BY_NAME.put("ownerId", "rep001");
        BY_NAME.put("owningTeam", "team01");
        BY_NAME.put("principalId", "team01");
        BY_NAME.put("userId", "rep002");
        BY_NAME.put("reason", "The customer chose another supplier");
        BY_NAME.put("subject", "Call about the delivery dates");
        BY_NAME.put("productNumber", "ESP-100");
        BY_NAME.put("orderNumber", "ORD-2026-000042");
        BY_NAME.put("invoiceNumber", "INV-2026-000042");
        BY_NAME.put("quoteNumber", "QUO-2026-000042");
        BY_NAME.put("reference", "Bank transfer 2026-12-01");
        BY_NAME.put("url", "https://cafe-lumiere.example/brochure.pdf");
        BY_NAME.put("quantity", "2");
        BY_NAME.put("percentage", "10");
        BY_NAME.put("probability", 60);
        BY_NAME.put("version", 3);
    }

    private final Components components;

    Examples(Components components) {
        this.components = components;
    }

    void attach(Operation operation) {
        if (operation.getRequestBody() != null) {
            attach(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.equals("200") || status.equals("201")) {
                    attach(response.getContent());
                }
            });
        }
    }

    private void attach(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType json = content.getMediaTypes().get("application/json");
        if (json != null && json.getSchema() != null && json.getExample() == null
                && (json.getExamples() == null || json.getExamples().isEmpty())) {
            json.setExample(of(null, json.getSchema(), 0));
        }
    }

    private Object of(String name, Schema schema, int depth) {
        Object value = composed(name, schema, depth);
        Schema target = schema.getRef() == null ? schema : ApiDocumentFilter.resolve(schema, components);
        // A decimal's example given as a number is written as the suite writes decimals: a string.
        if (value instanceof Number && writtenAsString(target)) {
            return value.toString();
        }
        return value;
    }

    /** A decimal (or a decimal a request may also send as a number) is shown as the suite writes it. */
    private boolean writtenAsString(Schema target) {
        if (target == null) {
            return false;
        }
        if (target.getType() != null) {
            return target.getType().contains(Schema.SchemaType.STRING);
        }
        return target.getAnyOf() != null && !target.getAnyOf().isEmpty()
                && writtenAsString(ApiDocumentFilter.resolve(target.getAnyOf().get(0), components));
    }

    private Object composed(String name, Schema schema, int depth) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            Schema target = ApiDocumentFilter.resolve(schema, components);
            if (name != null && BY_NAME.containsKey(name) && target != null && target.getEnumeration() == null
                    && !schema.getRef().endsWith("/UUID")) {
                return BY_NAME.get(name);
            }
            if (schema.getRef().endsWith("/CurrencyCode")) {
                return "EUR";
            }
            return target == null || depth > 16 ? null : of(name, target, depth + 1);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return of(name, schema.getAnyOf().get(0), depth);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return of(name, schema.getOneOf().get(0), depth);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        List<Schema.SchemaType> types = schema.getType();
        if (schema.getProperties() != null || types != null && types.contains(Schema.SchemaType.OBJECT)) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null && depth <= 16) {
                schema.getProperties().forEach((property, propertySchema) -> {
                    Object value = of(property, propertySchema, depth + 1);
                    if (value != null || schema.getRequired() != null && schema.getRequired().contains(property)) {
                        object.put(property, value);
                    }
                });
            }
            return object;
        }
        if (types != null && types.contains(Schema.SchemaType.ARRAY)) {
            Object item = schema.getItems() == null ? null : of(name, schema.getItems(), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (name != null && BY_NAME.containsKey(name)) {
            return BY_NAME.get(name);
        }
        if (types == null) {
            return null;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return false;
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() != null ? schema.getMinimum().intValue() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum() : 1;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            if ("date".equals(schema.getFormat())) {
                return "2026-12-15";
            }
            if ("date-time".equals(schema.getFormat())) {
                return "2026-12-01T09:30:00Z";
            }
            if (schema.getPattern() != null && schema.getPattern().contains("\\d")) {
                return "12.50"; // a decimal written as a string
            }
            if (name != null && name.endsWith("By")) {
                return "rep002"; // who granted, added, recorded or changed it: a user id
            }
            String text = name == null ? "Text" : words(name);
            return schema.getMaxLength() != null && text.length() > schema.getMaxLength()
                    ? text.substring(0, schema.getMaxLength()) : text;
        }
        return null;
    }

    /** {@code estimatedCloseDate} reads "Estimated close date". */
    private static String words(String name) {
        String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
