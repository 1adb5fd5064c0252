package io.lead2cash.platform.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Decimals are read within the bounds the document states, before anything computes with them. */
class StrictJsonInputTest {

    record Amount(BigDecimal value) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonInput().customize(mapper);
        return mapper;
    }

    private BigDecimal read(String value) throws Exception {
        return json.readValue("{\"value\": " + value + "}", Amount.class).value();
    }

    @Test
    void plainDecimalsAsStringsOrNumbersAreRead() throws Exception {
        assertThat(read("\"12.50\"")).isEqualByComparingTo("12.50");
        assertThat(read("12.5")).isEqualByComparingTo("12.5");
        assertThat(read("1e3").scale()).isZero();
        assertThat(read("1e3")).isEqualByComparingTo("1000");
        assertThat(read("\"0.1234567890\"")).isEqualByComparingTo("0.123456789");
        assertThat(read("1.500000000000000")).isEqualByComparingTo("1.5");
    }

    @Test
    void aTinyExponentIsRefusedBeforeItIsWrittenOut() {
        for (String tiny : new String[] {"1e-999999999", "1E-2147483647", "-4.2e-20000000"}) {
            assertThatThrownBy(() -> read(tiny)).isInstanceOf(InvalidFormatException.class)
                    .hasMessageContaining("at most 10 decimals");
        }
    }

    @Test
    void tooManyDecimalsTooLargeOrTooLongIsRefused() {
        assertThatThrownBy(() -> read("\"0.12345678901\"")).hasMessageContaining("at most 10 decimals");
        assertThatThrownBy(() -> read("1e999999999")).hasMessageContaining("less than 10^15");
        assertThatThrownBy(() -> read("\"1" + "0".repeat(80) + "\"")).hasMessageContaining("at most 64 characters");
        assertThatThrownBy(() -> read("1" + "0".repeat(80))).hasMessageContaining("at most 64 characters");
        assertThatThrownBy(() -> read("\"1e5\"")).hasMessageContaining("such as 12.50");
    }
}
