package io.lead2cash.events;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lead2cash.events.Rating;
import io.lead2cash.events.billing.OrderCreated;
import io.lead2cash.events.billing.OrderData;
import io.lead2cash.events.billing.OrderLineData;
import io.lead2cash.events.billing.OrderState;
import io.lead2cash.events.billing.OrderStatusReason;
import io.lead2cash.events.billing.PaymentTerms;
import io.lead2cash.events.leads.AccountData;
import io.lead2cash.events.leads.ContactData;
import io.lead2cash.events.leads.LeadData;
import io.lead2cash.events.leads.LeadQualified;
import io.lead2cash.events.leads.LeadState;
import io.lead2cash.events.leads.LeadStatusReason;
import io.lead2cash.events.leads.RequestedOpportunity;
import io.lead2cash.events.registry.EventCatalog;
import io.lead2cash.events.registry.Subscriptions;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class PublishedContractsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void committedSchemasAndAsyncApiAreWhatTheEventRecordsGenerate() throws Exception {
        Map<String, String> generated = ContractDocuments.generate();
        if (Boolean.getBoolean("contracts.write")) {
            for (var file : generated.entrySet()) {
                Files.createDirectories(RESOURCES.resolve(file.getKey()).getParent());
                Files.writeString(RESOURCES.resolve(file.getKey()), file.getValue());
            }
        }
        for (var file : generated.entrySet()) {
            Path committed = RESOURCES.resolve(file.getKey());
            assertThat(committed).as("%s is missing: run ./mvnw -pl events test -Dcontracts.write=true", committed).exists();
            assertThat(Files.readString(committed))
                    .as("%s is stale: run ./mvnw -pl events test -Dcontracts.write=true and commit the result", committed)
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void everyMessageExampleIsAnEventItsSchemaAccepts() throws Exception {
        var asyncApi = ContractDocuments.YAML.readTree(ContractDocuments.generate().get("asyncapi.yaml"));
        var messages = asyncApi.path("components").path("messages");
        int checked = 0;
        for (Class<? extends BusinessEvent> event : EventCatalog.EVENTS) {
            var example = messages.path(event.getSimpleName()).path("examples").path(0);
            String type = example.path("headers").path("ce_type").asText();
            assertThat(type).as("%s example's ce_type", event.getSimpleName())
                    .isEqualTo(EventCatalog.contractOf(event).type());
            assertThat(EventSchemas.violations(type, example.path("payload").toString()))
                    .as("%s example against its schema", event.getSimpleName()).isEmpty();
            checked++;
        }
        assertThat(checked).isEqualTo(EventCatalog.EVENTS.size());
    }

    @Test
    void everyConsumerHasAReceiveOperationAndADeadLetterChannel() throws Exception {
        var asyncApi = ContractDocuments.YAML.readTree(ContractDocuments.generate().get("asyncapi.yaml"));
        for (Subscriptions.Subscription subscription : Subscriptions.ALL) {
            var receive = new java.util.ArrayList<String>();
            asyncApi.path("operations").forEach(operation -> {
                if (operation.path("action").asText().equals("receive") && operation.path("bindings").path("kafka")
                        .path("groupId").path("enum").path(0).asText().equals(subscription.consumerGroup())
                        && asyncApi.at(operation.path("channel").path("$ref").asText().substring(1)).path("address")
                                .asText().equals(subscription.topic())) {
                    operation.path("messages").forEach(m -> receive.add(m.path("$ref").asText()
                            .substring(m.path("$ref").asText().lastIndexOf('/') + 1)));
                }
            });
            assertThat(receive).as("events %s receives from %s", subscription.consumerGroup(), subscription.topic())
                    .containsExactlyInAnyOrderElementsOf(subscription.events().stream().map(Class::getSimpleName).toList());
            var addresses = new java.util.ArrayList<String>();
            asyncApi.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
            assertThat(addresses).contains(subscription.deadLetterTopic());
        }
    }

    @Test
    void everyEventHasAUniqueVersionedTypeAndAKnownTopic() {
        Set<String> types = new HashSet<>();
        Set<String> topics = Set.of(Topics.LEADS, Topics.CATALOG, Topics.OPPORTUNITIES, Topics.BILLING);
        for (Class<? extends BusinessEvent> event : EventCatalog.EVENTS) {
            EventContract contract = EventCatalog.contractOf(event);
            assertThat(types.add(contract.type())).as("duplicate type %s", contract.type()).isTrue();
            assertThat(contract.type()).matches("lead2cash\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+");
            assertThat(topics).contains(contract.topic());
            assertThat(event.isRecord()).as("%s is a record", event).isTrue();
            assertThat(EventCatalog.classOf(contract.type())).contains(event);
        }
    }

    @Test
    void aSerialisedEventValidatesAgainstItsSchemaAndABrokenOneDoesNot() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        UUID lead = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-22T10:15:30Z");
        LeadQualified event = new LeadQualified(UUID.randomUUID(), now,
                new LeadData(lead, "Espresso machines", "Ana", "Silva", "Café Lumière", "ana@lumiere.example", null, "Buyer",
                        new PostalAddress("12 Rue de la République", null, "69002", "Lyon", null, "France"),
                        Money.of("12000.00", "EUR"), Rating.HOT, "Web", null, LeadState.QUALIFIED,
                        LeadStatusReason.QUALIFIED, "alice", "north", account, null, now, now),
                new AccountData(account, "Café Lumière", null, null, null, null,
                        new PostalAddress("12 Rue de la République", null, "69002", "Lyon", null, "France"), null, "alice", "north"), true,
                null, false,
                new RequestedOpportunity("Espresso machines", CustomerType.ACCOUNT, account,
                        Money.of("12000.00", "EUR"), "EUR", null, LocalDate.of(2027, 1, 31), Rating.HOT, null, "alice",
                        "north"));
        String payload = json.writeValueAsString(event);

        assertThat(EventSchemas.violations("lead2cash.lead.qualified.v1", payload)).isEmpty();
        assertThat(json.readValue(payload, LeadQualified.class)).isEqualTo(event);
        assertThat(payload).contains("\"amount\":\"12000.00\"");

        String withoutId = payload.replace("\"eventId\":\"" + event.eventId() + "\",", "");
        assertThat(EventSchemas.violations("lead2cash.lead.qualified.v1", withoutId)).isNotEmpty();
        String floatAmount = payload.replace("\"amount\":\"12000.00\"", "\"amount\":12000.0");
        assertThat(EventSchemas.violations("lead2cash.lead.qualified.v1", floatAmount)).isNotEmpty();
    }

    @Test
    void anOrderLineWithItsSharedPartsTravelsAsOneFlatObjectAndReadsBack() throws Exception {
        // As the services write events: decimals as plain strings (the platform's DecimalsAsStrings).
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        json.configOverride(BigDecimal.class).setFormat(
                com.fasterxml.jackson.annotation.JsonFormat.Value.forShape(com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING));
        Instant now = Instant.parse("2026-11-22T10:15:30Z");
        UUID order = UUID.randomUUID();
        ProductLineData line = new ProductLineData(1, UUID.randomUUID(), "ESP-SEMI-01", "Semi-automatic espresso machine", null, UUID.randomUUID(), new BigDecimal("3"),
                new BigDecimal("100.00"), new BigDecimal("0.00"), new BigDecimal("300.00"), new BigDecimal("10.00"),
                new BigDecimal("29.00"), new BigDecimal("319.00"), true);
        OrderCreated event = new OrderCreated(UUID.randomUUID(), now,
                new OrderData(order, "ORD-1", null, null, null,
                        new CustomerReference(CustomerType.ACCOUNT, UUID.randomUUID(), "Café Lumière"),
                        new PostalAddress("12 Rue de la République", null, "69002", "Lyon", null, "France"), "alice", "north",
                        null, "EUR", true, PaymentTerms.NET_30,
                        new PricedTotals(Money.of("290.00", "EUR"), null, null, Money.of("0.00", "EUR"),
                                Money.of("290.00", "EUR"), null, Money.of("29.00", "EUR"), Money.of("319.00", "EUR")),
                        OrderState.ACTIVE, OrderStatusReason.NEW, null, null, now, now),
                List.of(new OrderLineData(line, null)));
        String payload = json.writeValueAsString(event);

        assertThat(EventSchemas.violations("lead2cash.order.created.v1", payload)).isEmpty();
        assertThat(json.readValue(payload, OrderCreated.class)).isEqualTo(event);
        assertThat(payload).contains("\"customerName\":\"Café Lumière\"", "\"totalAmount\":{", "\"lineNumber\":1")
                .doesNotContain("\"customer\":", "\"totals\":", "\"line\":");
    }
}
