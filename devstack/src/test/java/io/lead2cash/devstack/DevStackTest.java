package io.lead2cash.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevStackTest {

    @TempDir
    Path data;

    @Test
    void postgresKeepsItsDataAcrossARestart() throws Exception {
        String url;
        try (Postgres pg = Postgres.embedded(data.resolve("pg"), 0)) {
            url = pg.ensureDatabase("leads");
            try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password()); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (name text)");
                s.execute("INSERT INTO kept VALUES ('still here')");
            }
        }
        try (Postgres pg = Postgres.embedded(data.resolve("pg"), 0)) {
            assertThat(pg.ensureDatabase("leads")).endsWith("/leads");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("leads"), pg.user(), pg.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        }
    }

    @Test
    void kafkaDeliversARecordAndKeepsItAcrossARestart() {
        try (Kafka kafka = Kafka.start(data.resolve("kafka"), 0, 3)) {
            String topic = "devstack-" + UUID.randomUUID();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.of("bootstrap.servers", kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "key", "hello")).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            kafka.stop();
            kafka.start();
            assertThat(readAll(kafka.bootstrapServers(), topic)).containsExactly("hello");
        }
    }

    @Test
    void tokensAreSignedWithTheKeyKeptInTheDataFolder() throws Exception {
        String token = DevTokens.inDirectory(data.resolve("keys")).issue("alice", List.of("sales-rep"), "north",
                Duration.ofMinutes(5));
        DevTokens reloaded = DevTokens.inDirectory(data.resolve("keys"));
        var claims = new JwtConsumerBuilder()
                .setVerificationKey(java.security.KeyFactory.getInstance("RSA").generatePublic(
                        new java.security.spec.X509EncodedKeySpec(java.util.Base64.getMimeDecoder().decode(
                                reloaded.publicKeyPem().replaceAll("-----[A-Z ]+-----", "")))))
                .setExpectedIssuer(DevTokens.ISSUER)
                .setExpectedAudience(DevTokens.AUDIENCE)
                .build()
                .processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("sales-rep");
        assertThat(claims.getStringClaimValue("team")).isEqualTo("north");
    }

    private static List<String> readAll(String bootstrap, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap, "group.id", "devstack-test", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false).map(r -> r.value()).toList();
                }
            }
            return List.of();
        }
    }
}
