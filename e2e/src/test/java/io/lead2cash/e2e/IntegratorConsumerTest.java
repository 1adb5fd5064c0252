package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lead2cash.devstack.KafkaRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The consumer integrators copy from docs/events.md works against the suite's Kafka, and the page shows its code. */
class IntegratorConsumerTest {

    @Test
    void theDocumentedConsumerAppliesALeadQualifiedOnceThoughItIsDeliveredTwice() throws Exception {
        String bootstrap = SuiteUnderTest.get().bootstrapServers();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // The suite's event, delivered to the integrator's own topic as Kafka may deliver it: twice, among others.
        String topic = "e2e-integrator-" + tag;
        List<String> applied = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread consumer = new Thread(() -> IntegratorConsumer.consume(KafkaRecords.connection(bootstrap), topic,
                "lead2cash.lead.qualified.v1", applied::add, running::get), "integrator");
        consumer.start();
        try {
            var rep = as("alice", "north", "sales-rep");
            String lead = rep.body("{\"topic\": \"Integrator " + tag + "\", \"lastName\": \"Moreau\", \"companyName\": "
                    + "\"Integrator " + tag + "\"}").when().post("/api/leads").then().statusCode(201).extract().path("id");
            as("alice", "north", "sales-rep").body("{}").when().post("/api/leads/" + lead + "/qualify").then().statusCode(200);
            var qualified = KafkaRecords.await(bootstrap, "lead2cash.leads", r -> lead.equals(r.key())
                    && "lead2cash.lead.qualified.v1".equals(KafkaRecords.header(r, "ce_type")), 1, Duration.ofSeconds(30));
            assertThat(qualified).hasSize(1);
            var original = qualified.get(0);
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            original.headers().forEach(h -> headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
            KafkaRecords.send(bootstrap, topic, lead, "not an event: " + lead, Map.of());
            KafkaRecords.send(bootstrap, topic, original.key(), original.value(), headers);
            Map<String, String> otherType = new java.util.LinkedHashMap<>(headers);
            otherType.put("ce_type", "lead2cash.lead.updated.v1");
            otherType.put("ce_id", UUID.randomUUID().toString());
            KafkaRecords.send(bootstrap, topic, original.key(), original.value(), otherType);
            KafkaRecords.send(bootstrap, topic, original.key(), original.value(), headers);

            await().atMost(Duration.ofSeconds(30)).until(() -> applied.stream().anyMatch(v -> v.contains(lead)));
            Thread.sleep(3_000); // time for the redelivery to arrive, were it to be applied
            assertThat(applied).as("applied once: not the redelivery, the other type, nor the record without headers")
                    .hasSize(1);
            assertThat(applied.get(0)).contains(lead).startsWith("{");
        } finally {
            running.set(false);
            consumer.join(10_000);
        }
    }

    @Test
    void docsEventsShowsTheConsumerAsTheTestRunsIt() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/lead2cash/e2e/IntegratorConsumer.java"));
        String code = source.substring(source.indexOf("// docs/events.md: begin\n") + 25, source.indexOf("    // docs/events.md: end"));
        String shown = code.lines().map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(Files.readString(Path.of("..", "docs", "events.md"))).contains(shown);
        assertThat(shown.lines().count()).as("a consumer in about 20 lines").isLessThanOrEqualTo(26);
    }
}
