package io.lead2cash.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.lead2cash.devstack.cli.Demo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** `./lead2cash demo` against a running suite: every step succeeds and the journey it prints is complete. */
class DemoTest {

    @Test
    void theDemoTakesALeadToAPaidInvoiceAndPrintsItsJourney() throws Exception {
        var suite = SuiteUnderTest.get();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new Demo(suite.gatewayUrl(), suite.tokens(), new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Lead qualified", "Quote accepted by the customer", "Order fulfilled", "PAID / COMPLETE",
                "The journey of lead");
        assertThat(out).containsSubsequence("lead         created", "opportunity  opened", "order        ORD-",
                "invoice      INV-", "payment");
    }
}
