package io.lead2cash.e2e;

import static io.lead2cash.e2e.SuiteUnderTest.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.lead2cash.devstack.KafkaRecords;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Two replicas each of the opportunity-service and the billing-service share the work through their consumer
 * groups and outbox relays, and every effect still happens exactly once — even when the events are delivered
 * again, and when one billing replica is killed (SIGKILL) while the accepted quotes stream in.
 */
class ScaleOutTest {

    private static final int DEALS = 8;

    private static RequestSpecification alice() {
        return as("alice", "north", "sales-rep");
    }

    private static RequestSpecification maria() {
        return as("maria", "north", "sales-manager");
    }

    @Test
    void twoReplicasOfEachConsumingServiceProduceEveryEffectExactlyOnce() throws Exception {
        var suite = SuiteUnderTest.get();
        int opportunityReplica = suite.startReplica("opportunity-service", Duration.ofMinutes(2));
        int billingReplica = suite.startReplica("billing-service", Duration.ofMinutes(2));
        E2eCatalog catalog = E2eCatalog.roastAt("10.00");
        String tag = UUID.randomUUID().toString().substring(0, 8);

        List<String> leads = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            String lead = alice().body("{\"topic\": \"Scale %s %d\", \"lastName\": \"Buyer %d\", \"companyName\": \"Scale %s %d\"}"
                    .formatted(tag, i, i, tag, i)).when().post("/api/leads").then().statusCode(201).extract().path("id");
            alice().body("{\"overrideDuplicates\": true, \"opportunity\": {\"priceListId\": \"" + catalog.priceListId()
                    + "\", \"currency\": \"EUR\"}}").when().post("/api/leads/" + lead + "/qualify").then().statusCode(200);
            leads.add(lead);
        }
        // Every LeadQualified delivered a second time, as after a crash before the consumer committed.
        redeliver(suite.bootstrapServers(), "lead2cash.leads", "lead2cash.lead.qualified.v1", Set.copyOf(leads));

        Map<String, String> opportunities = new HashMap<>();
        for (String lead : leads) {
            String opportunity = await().atMost(Duration.ofSeconds(60)).until(() -> maria()
                    .queryParam("originatingLeadId", lead).when().get("/api/opportunities").then().extract()
                    .<String>path("items[0].id"), id -> id != null);
            opportunities.put(lead, opportunity);
        }
        List<String> quotes = new ArrayList<>();
        for (String opportunity : opportunities.values()) {
            if (quotes.size() == DEALS / 2) {
                // Half the deals won: the first billing-service dies mid-stream; its replica takes its partitions.
                suite.kill("billing-service");
            }
            alice().body("{\"productId\": \"" + catalog.productId() + "\", \"quantity\": 3}")
                    .when().post("/api/opportunities/" + opportunity + "/lines").then().statusCode(201);
            String quote = alice().when().post("/api/opportunities/" + opportunity + "/quotes").then().statusCode(201)
                    .extract().path("id");
            alice().when().post("/api/quotes/" + quote + "/activate").then().statusCode(200);
            alice().when().post("/api/quotes/" + quote + "/win").then().statusCode(200);
            quotes.add(quote);
        }
        redeliver(suite.bootstrapServers(), "lead2cash.opportunities", "lead2cash.quote.accepted.v1", Set.copyOf(quotes));
        // The replica alone makes every order (the killed one's group membership lapses within its session timeout).
        assertThat(KafkaRecords.await(suite.bootstrapServers(), "lead2cash.billing",
                r -> "lead2cash.order.created.v1".equals(KafkaRecords.header(r, "ce_type"))
                        && quotes.stream().anyMatch(q -> r.value().contains(q)), DEALS, Duration.ofSeconds(90)))
                .hasSize(DEALS);
        suite.restart("billing-service", Duration.ofMinutes(2));

        for (String quote : quotes) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> maria().queryParam("quoteId", quote).when()
                    .get("/api/orders").then().body("totalItems", is(1)));
        }
        Thread.sleep(3000);
        for (String lead : leads) {
            maria().queryParam("originatingLeadId", lead).when().get("/api/opportunities").then().body("totalItems", is(1));
        }
        for (String quote : quotes) {
            maria().queryParam("quoteId", quote).when().get("/api/orders").then().body("totalItems", is(1));
        }

        // Each effect was published once, though two relays watch each outbox.
        Set<String> opportunityIds = Set.copyOf(opportunities.values());
        var created = KafkaRecords.await(suite.bootstrapServers(), "lead2cash.opportunities",
                r -> opportunityIds.contains(r.key()) && "lead2cash.opportunity.created.v1".equals(KafkaRecords.header(r, "ce_type")),
                DEALS + 1, Duration.ofSeconds(5));
        assertThat(created).hasSize(DEALS);
        var orders = KafkaRecords.await(suite.bootstrapServers(), "lead2cash.billing",
                r -> "lead2cash.order.created.v1".equals(KafkaRecords.header(r, "ce_type"))
                        && quotes.stream().anyMatch(q -> r.value().contains(q)),
                DEALS + 1, Duration.ofSeconds(5));
        assertThat(orders).hasSize(DEALS);

        // And both replicas of each service did part of the work.
        for (int port : List.of(opportunityReplica, billingReplica)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(processed(port)).as("events processed by the replica on port " + port).isGreaterThan(0));
        }
    }

    /** Sends the matching records of a topic again, with their keys and headers, as a redelivery would. */
    private static void redeliver(String bootstrap, String topic, String type, Set<String> subjects) {
        List<ConsumerRecord<String, String>> records = KafkaRecords.await(bootstrap, topic,
                r -> type.equals(KafkaRecords.header(r, "ce_type")) && subjects.stream().anyMatch(s -> r.value().contains(s)),
                subjects.size(), Duration.ofSeconds(30));
        assertThat(records).hasSize(subjects.size());
        for (ConsumerRecord<String, String> record : records) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), new String(header.value(), java.nio.charset.StandardCharsets.UTF_8));
            }
            KafkaRecords.send(bootstrap, topic, record.key(), record.value(), headers);
        }
    }

    private static double processed(int port) {
        String metrics = given().baseUri("http://localhost:" + port).when().get("/q/metrics").then().extract().asString();
        Matcher m = Pattern.compile("(?m)^lead2cash_consumer_processed_total\\{[^}]*} ([0-9.eE+-]+)( # .*)?$").matcher(metrics);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }
}
