package io.lead2cash.platform.api.answer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Every decimal leaves the suite as a plain decimal string ("12500.00", never 1.25E+4 or a binary float), in
 * API responses and in events alike, as the published schemas say; numbers are still accepted on input.
 */
@Singleton
public class DecimalsAsStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("lead2cash-decimals").addSerializer(BigDecimal.class,
                new StdSerializer<>(BigDecimal.class) {
                    @Override
                    public void serialize(BigDecimal value, JsonGenerator out, SerializerProvider provider) throws IOException {
                        out.writeString(value.toPlainString());
                    }
                }));
    }
}
