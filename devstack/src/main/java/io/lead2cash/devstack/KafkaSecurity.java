package io.lead2cash.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import io.lead2cash.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The devstack broker's secured listener, as a managed Kafka has one: TLS with a certificate made for localhost,
 * SCRAM-SHA-512 logins, one principal per service, and ACLs that let a service write only its own topic and its
 * dead letters and read only its subscriptions, in its own consumer group. The operator principal reads everything,
 * may replay records onto the suite's topics and use topics and groups of its own (never a service's group); any
 * other login (or none) may do nothing. Keys and passwords live in a folder of the data
 * directory, readable by its owner only.
 */
public final class KafkaSecurity {

    public static final String MECHANISM = "SCRAM-SHA-512";
    /** The broker's own login, the only super user. */
    static final String ADMIN = "admin";
    /** The devstack's tools and tests: reads every topic, replays records; never a service's login. */
    public static final String OPERATOR = "lead2cash-operator";

    /** Each service and the topics it subscribes to, as its channels are configured (its consumer group is its name). */
    private static final Map<String, List<String>> SUBSCRIBES = Map.of(
            "leads-service", List.of(),
            "catalog-service", List.of(),
            "opportunity-service", List.of(Topics.LEADS, Topics.BILLING),
            "billing-service", List.of(Topics.LEADS, Topics.OPPORTUNITIES));
    /** Each service and the topic it publishes: the one whose ce_source it is. */
    private static final Map<String, List<String>> PUBLISHES = SUBSCRIBES.keySet().stream().collect(
            java.util.stream.Collectors.toMap(s -> s, s -> Topics.ALL.stream()
                    .filter(t -> Topics.publisher(t).equals("urn:lead2cash:" + s)).toList()));

    /** Client settings of the secured brokers this JVM started or uses, by bootstrap address, for its tools. */
    private static final Map<String, Map<String, Object>> OPERATOR_CLIENTS = new ConcurrentHashMap<>();

    private final DevSecrets secrets;
    private final LocalCertificate certificate;

    private KafkaSecurity(DevSecrets secrets, LocalCertificate certificate) {
        this.secrets = secrets;
        this.certificate = certificate;
    }

    /** The keys and passwords kept in {@code directory}, made on first use. */
    public static KafkaSecurity inDirectory(Path directory) {
        DevSecrets secrets = DevSecrets.inDirectory(directory);
        principals().forEach(secrets::passwordOf);
        return new KafkaSecurity(secrets, LocalCertificate.inDirectory(directory.resolve("tls"), secrets.storePassword()));
    }

    /** Client settings this JVM's tools use for a secured broker, or none for a plain one. */
    public static Map<String, Object> operatorClientFor(String bootstrapServers) {
        return OPERATOR_CLIENTS.getOrDefault(bootstrapServers, Map.of());
    }

    /** Makes this JVM's tools ({@link KafkaRecords}, the bench) log in as the operator on that broker. */
    public void useForTools(String bootstrapServers) {
        OPERATOR_CLIENTS.put(bootstrapServers, Map.copyOf(clientProperties(OPERATOR)));
    }

    /** The settings a Java client of {@code principal} needs, beside {@code bootstrap.servers}. */
    public Map<String, Object> clientProperties(String principal) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", MECHANISM);
        p.put("sasl.jaas.config", jaas(principal, password(principal)));
        p.put("ssl.truststore.location", certificate.trustStore().toAbsolutePath().toString());
        p.put("ssl.truststore.type", "PKCS12");
        p.put("ssl.truststore.password", secrets.storePassword());
        return p;
    }

    /** The same settings as {@code KAFKA_*} environment variables, as a service reads them. */
    public Map<String, String> clientEnvironment(String principal) {
        Map<String, String> env = new HashMap<>();
        clientProperties(principal).forEach((k, v) -> env.put("KAFKA_" + k.toUpperCase(java.util.Locale.ROOT)
                .replace('.', '_'), String.valueOf(v)));
        return env;
    }

    /** A login with no rights at all, for showing what the broker refuses. */
    public Map<String, Object> clientPropertiesWithoutRights() {
        return clientProperties("nobody");
    }

    /** The broker side: a SASL_SSL client listener and a SASL (PLAIN) controller listener, ACLs on, admin the super user. */
    void configureBroker(Properties p, int port, int controllerPort) {
        String store = secrets.storePassword();
        p.put("listeners", "SECURE://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "SECURE://localhost:" + port);
        p.put("listener.security.protocol.map", "SECURE:SASL_SSL,CONTROLLER:SASL_PLAINTEXT");
        p.put("inter.broker.listener.name", "SECURE");
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.secure.sasl.enabled.mechanisms", MECHANISM);
        p.put("listener.name.secure.scram-sha-512.sasl.jaas.config", jaas(ADMIN, password(ADMIN)));
        p.put("listener.name.secure.ssl.keystore.location", certificate.keyStore().toString());
        p.put("listener.name.secure.ssl.keystore.type", "PKCS12");
        p.put("listener.name.secure.ssl.keystore.password", store);
        p.put("listener.name.secure.ssl.truststore.location", certificate.trustStore().toString());
        p.put("listener.name.secure.ssl.truststore.type", "PKCS12");
        p.put("listener.name.secure.ssl.truststore.password", store);
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule "
                + "required username=\"" + ADMIN + "\" password=\"" + password(ADMIN) + "\" user_" + ADMIN + "=\""
                + password(ADMIN) + "\";");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN);
        p.put("allow.everyone.if.no.acl.found", "false");
    }

    /** The SCRAM logins written into a new log folder, as {@code kafka-storage format --add-scram} does. */
    List<String> scramLogins() {
        List<String> logins = new ArrayList<>();
        for (String principal : principals()) {
            logins.add(MECHANISM + "=[name=" + principal + ",password=" + password(principal) + "]");
        }
        return logins;
    }

    /**
     * As the admin: creates the suite's topics and dead-letter topics, and grants each principal its rights (both
     * idempotent, so a restart grants the same again).
     */
    void grant(String bootstrapServers, int partitions) {
        Map<String, Object> admin = new HashMap<>(clientProperties(ADMIN));
        admin.put("bootstrap.servers", bootstrapServers);
        try (Admin client = Admin.create(admin)) {
            List<NewTopic> topics = new ArrayList<>();
            PUBLISHES.forEach((service, published) -> {
                published.forEach(t -> topics.add(new NewTopic(t, partitions, (short) 1)));
                topics.add(new NewTopic(service + ".dead-letter", 1, (short) 1));
            });
            for (NewTopic topic : topics) {
                try {
                    client.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            List<AclBinding> acls = new ArrayList<>();
            PUBLISHES.forEach((service, published) -> {
                List<String> writes = new ArrayList<>(published);
                writes.add(service + ".dead-letter");
                writes.forEach(t -> {
                    acls.add(allow(service, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.WRITE));
                    acls.add(allow(service, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.DESCRIBE));
                });
                SUBSCRIBES.get(service).forEach(t -> {
                    acls.add(allow(service, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.READ));
                    acls.add(allow(service, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.DESCRIBE));
                });
                acls.add(allow(service, ResourceType.GROUP, service, PatternType.LITERAL, AclOperation.READ));
            });
            // The operator's tools read every topic, replay records onto the suite's (a right only they have), and make
            // and use topics and groups of their own (e2e-*, reader-*, my-integration); they may not delete, change a
            // topic's settings, nor touch a service's consumer group (resetting its offsets would skip events).
            acls.add(allow(OPERATOR, ResourceType.TOPIC, "*", PatternType.LITERAL, AclOperation.READ));
            acls.add(allow(OPERATOR, ResourceType.TOPIC, "*", PatternType.LITERAL, AclOperation.DESCRIBE));
            Topics.ALL.forEach(t -> acls.add(allow(OPERATOR, ResourceType.TOPIC, t, PatternType.LITERAL, AclOperation.WRITE)));
            acls.add(allow(OPERATOR, ResourceType.TOPIC, "e2e-", PatternType.PREFIXED, AclOperation.CREATE));
            acls.add(allow(OPERATOR, ResourceType.TOPIC, "e2e-", PatternType.PREFIXED, AclOperation.WRITE));
            acls.add(allow(OPERATOR, ResourceType.GROUP, "reader-", PatternType.PREFIXED, AclOperation.READ));
            acls.add(allow(OPERATOR, ResourceType.GROUP, "my-integration", PatternType.LITERAL, AclOperation.READ));
            client.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the topics and ACLs of the secured broker: " + e.getMessage(), e);
        }
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern,
            AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }

    private static List<String> principals() {
        List<String> all = new ArrayList<>(List.of(ADMIN, OPERATOR, "nobody"));
        all.addAll(PUBLISHES.keySet().stream().sorted().toList());
        return all;
    }

    private String password(String principal) {
        return secrets.passwordOf(principal);
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }
}
