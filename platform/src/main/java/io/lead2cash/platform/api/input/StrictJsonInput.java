package io.lead2cash.platform.api.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads request bodies as their schemas say and nothing else: a number or boolean for a text field, a string for a
 * boolean or a whole number, a fraction for a whole number, a number for an enum or a date, unknown fields, content
 * after the JSON document and control characters other than tab and line breaks in text are refused, never coerced.
 * Decimals (amounts, quantities) take a plain decimal string or a JSON number below 10^15, as the document says. Events and other services'
 * answers are read tolerantly elsewhere ({@code EventConsumption}, the catalog client's records).
 */
@Singleton
public class StrictJsonInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("lead2cash-strict-scalars")
                .addDeserializer(String.class, new PlainText())
                .addDeserializer(BigDecimal.class, new PlainDecimal())
                .addDeserializer(LocalDate.class, new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE))
                .addDeserializer(Instant.class, new TextOnly<>(Instant.class, InstantDeserializer.INSTANT))
                .addDeserializer(OffsetDateTime.class, new TextOnly<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME)));
    }

    /**
     * A decimal as the schema writes it: a plain decimal string ("12.50", no exponent) or a JSON number, below 10^15
     * in absolute value like every amount and quantity column, with at most 10 decimals (the document's Decimal) and
     * at most 64 characters. The bounds come before any arithmetic: {@code 1e-999999999} is eleven characters whose
     * plain form is a billion, and writing it out (the Idempotency-Key fingerprint does) would exhaust the service.
     */
    static final class PlainDecimal extends StdScalarDeserializer<BigDecimal> {

        private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
        private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);
        static final int MAX_DECIMALS = 10;
        private static final int MAX_CHARACTERS = 64;

        PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value;
            if (parser.getTextLength() > MAX_CHARACTERS) {
                throw new InvalidFormatException(parser, "must be a decimal number of at most " + MAX_CHARACTERS
                        + " characters", parser.getText().substring(0, MAX_CHARACTERS) + "...", BigDecimal.class);
            }
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText().trim();
                if (!PLAIN.matcher(text).matches()) {
                    throw new InvalidFormatException(parser, "must be a decimal number such as 12.50", text, BigDecimal.class);
                }
                value = new BigDecimal(text);
            } else if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                value = parser.getDecimalValue();
            } else {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            if (value.abs().compareTo(LIMIT) >= 0) {
                throw new InvalidFormatException(parser, "must be less than 10^15 in absolute value", value, BigDecimal.class);
            }
            if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
                throw new InvalidFormatException(parser, "must have at most " + MAX_DECIMALS + " decimals", parser.getText(),
                        BigDecimal.class);
            }
            return value.scale() < 0 ? value.setScale(0) : value; // 1e3 is 1000
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }

    /** A date or time from its ISO 8601 text only: not from a number of days or seconds, nor an array of fields. */
    static final class TextOnly<T> extends StdScalarDeserializer<T> {

        private final transient JsonDeserializer<T> iso;

        TextOnly(Class<T> type, JsonDeserializer<T> iso) {
            super(type);
            this.iso = iso;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return iso.deserialize(parser, context);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    @Override
    public int priority() {
        // After Quarkus' own customizer, which applies quarkus.jackson.* (it would switch unknown fields back on).
        return MINIMUM_PRIORITY;
    }

    /**
     * Text without control characters: PostgreSQL refuses NUL in text, and no field of the suite means the others
     * (tab, line feed and carriage return stay: descriptions and notes have lines).
     */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                        throw new InvalidFormatException(parser, "must not contain control characters (found U+"
                                + String.format("%04X", (int) c) + ")", text, String.class);
                    }
                }
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
