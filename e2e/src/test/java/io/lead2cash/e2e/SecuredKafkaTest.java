package io.lead2cash.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lead2cash.devstack.KafkaSecurity;
import io.lead2cash.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The suite runs on a broker that takes only SASL_SSL logins with ACLs, as a managed Kafka does, and the broker refuses
 * what a principal has no right to: nobody writes a topic but its publisher, and a service reads only in its own group.
 */
class SecuredKafkaTest {

    private static final String FORGED_SHARE = "{\"opportunityId\": \"" + UUID.randomUUID() + "\"}";

    @Test
    void aLoginWithoutRightsCannotWriteTheSuitesTopics() {
        KafkaSecurity security = SuiteUnderTest.get().kafkaSecurity();
        assertThat(security).as("the e2e suite runs on the secured broker").isNotNull();

        for (String topic : Topics.ALL) {
            assertThatThrownBy(() -> send(security.clientPropertiesWithoutRights(), topic))
                    .as(topic).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopicNorItsOwnWithAnotherGroup() {
        KafkaSecurity security = SuiteUnderTest.get().kafkaSecurity();

        // The leads-service's login may not publish an opportunity's share on the opportunities topic.
        assertThatThrownBy(() -> send(security.clientProperties("leads-service"), Topics.OPPORTUNITIES))
                .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        // Billing reads the leads topic, but only as billing-service, not in the opportunity-service's group.
        assertJoiningIsRefused(security.clientProperties("billing-service"), "opportunity-service", Topics.LEADS);
    }

    @Test
    void theOperatorsToolsReadEveryTopicButNeverInAServicesGroup() {
        KafkaSecurity security = SuiteUnderTest.get().kafkaSecurity();
        // Joining billing-service's group would let a tool commit offsets past events billing never applied.
        assertJoiningIsRefused(security.clientProperties(KafkaSecurity.OPERATOR), "billing-service", Topics.OPPORTUNITIES);
    }

    @Test
    void aPlainClientIsNotServed() {
        Map<String, Object> plain = new HashMap<>(Map.of("bootstrap.servers", SuiteUnderTest.get().bootstrapServers(),
                "max.block.ms", 2_000));
        assertThatThrownBy(() -> {
            try (var producer = new KafkaProducer<>(plain, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.OPPORTUNITIES, "key", FORGED_SHARE)).get();
            }
        }).isInstanceOfAny(ExecutionException.class, org.apache.kafka.common.KafkaException.class);
    }

    /** A consumer with this login joining this group to read this topic is refused by the broker. */
    private static void assertJoiningIsRefused(Map<String, Object> login, String group, String topic) {
        Map<String, Object> settings = connection(login);
        settings.putAll(Map.of("group.id", group, "auto.offset.reset", "earliest"));
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
    }

    private static void send(Map<String, Object> login, String topic) throws Exception {
        Map<String, Object> settings = connection(login);
        settings.put("max.block.ms", 15_000);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", FORGED_SHARE)).get();
        }
    }

    private static Map<String, Object> connection(Map<String, Object> login) {
        Map<String, Object> settings = new HashMap<>(login);
        settings.put("bootstrap.servers", SuiteUnderTest.get().bootstrapServers());
        return settings;
    }
}
