package io.lead2cash.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.lead2cash.devstack.suite.Suite;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A front-end team's view of the suite: the TypeScript client generated from docs/api/lead2cash.yaml (by
 * openapi-typescript, type-checked with tsc in strict mode when the module is built) drives lead to paid invoice
 * through the gateway, and every answer is checked against the document, so drift between them fails the build.
 */
class GeneratedClientChainTest {

    @Test
    void theClientGeneratedFromTheApiDocumentDrivesTheWholeChain() throws Exception {
        Suite suite = SuiteUnderTest.get();
        File script = new File("client/dist/chain.js");
        assertThat(script).as("the chain script is compiled before the tests (exec-maven-plugin in e2e/pom.xml)").exists();
        ProcessBuilder node = new ProcessBuilder("node", "dist/chain.js").directory(new File("client"))
                .redirectErrorStream(true);
        node.environment().put("LEAD2CASH_GATEWAY", suite.gatewayUrl());
        node.environment().put("TOKEN_SALES_REP", token(suite, "alice", "north", "sales-rep"));
        node.environment().put("TOKEN_CATALOG_MANAGER", token(suite, "cathy", null, "catalog-manager"));
        node.environment().put("TOKEN_BILLING_CLERK", token(suite, "ben", null, "billing-clerk"));
        Process process = node.start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(ended).as("the chain ended within 3 minutes").isTrue();
        assertThat(process.exitValue()).as("the chain script's exit code; its output:%n%s", output).isZero();
        assertThat(output).contains("ok fulfilOrder (200)", "ok recordPayment (201)", "chain complete");
    }

    private static String token(Suite suite, String user, String team, String role) {
        return suite.tokens().issue(user, List.of(role), team, Duration.ofMinutes(10));
    }
}
