package io.lead2cash.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import io.lead2cash.platform.idempotency.Idempotent;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The architecture rules of the suite, one place for all modules: each service's {@link LayeringContract}, the
 * gateway's and the platform's architecture tests apply them to their own classes.
 */
public final class SuiteRules {

    /** Types that speak HTTP: the domain of a service never sees them. */
    public static final String[] HTTP_TYPES = {"jakarta.ws.rs..", "jakarta.servlet..", "io.vertx..", "io.quarkus.vertx..",
        "org.jboss.resteasy..", "io.quarkus.resteasy..", "org.eclipse.microprofile.rest.client..",
        "org.eclipse.microprofile.openapi..", "java.net.http..", "io.lead2cash.platform.api.."};

    /** Types that speak to the broker: only a service's messaging package (and the platform's kit) use them. */
    public static final String[] MESSAGING_TYPES = {"io.lead2cash.platform.messaging..", "org.apache.kafka..",
        "io.smallrye.reactive.messaging..", "org.eclipse.microprofile.reactive.messaging..", "io.smallrye.mutiny.."};

    /** The suite's deployable modules: the platform, the events and the gateway depend on none of them. */
    public static final String[] SERVICES = {"io.lead2cash.leads..", "io.lead2cash.catalog..",
        "io.lead2cash.opportunity..", "io.lead2cash.billing..", "io.lead2cash.gateway.."};

    private SuiteRules() {
    }

    /** The production classes of the given packages, tests left out. */
    public static JavaClasses mainClasses(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(packages);
    }

    /**
     * A service's domain depends on its own domain, the events and the platform's non-HTTP kit: never on its api,
     * messaging, configuration or adapter packages (such as a catalog client), nor on an HTTP or broker type. What it
     * needs from them it declares as an interface of its own (a port, a policy) that they implement.
     */
    public static ArchRule domainDependsOnNoApiMessagingAdapterOrHttp(String service) {
        DescribedPredicate<JavaClass> outsideTheDomain = DescribedPredicate.describe(
                "a class of " + service + " outside its domain",
                (JavaClass c) -> c.getPackageName().startsWith(service + ".")
                        && !c.getPackageName().startsWith(service + ".domain"));
        return noClasses().that().resideInAPackage(service + ".domain..")
                .should().dependOnClassesThat(outsideTheDomain)
                .orShould().dependOnClassesThat().resideInAnyPackage(HTTP_TYPES)
                .orShould().dependOnClassesThat().resideInAnyPackage(MESSAGING_TYPES)
                .because("the sales domain is told in its own terms; HTTP and Kafka stay at the door");
    }

    /** A service's api answers requests; it never publishes or consumes events itself. */
    public static ArchRule apiDependsOnNoMessaging(String service) {
        return noClasses().that().resideInAPackage(service + ".api..")
                .should().dependOnClassesThat().resideInAPackage(service + ".messaging..")
                .orShould().dependOnClassesThat().resideInAnyPackage(MESSAGING_TYPES)
                .because("events leave through the outbox the domain writes, not from a resource");
    }

    /** No package of the module depends, directly or through others, on itself. */
    public static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** Resource methods return representations: no entity, nor a page, list or other generic of one. */
    public static ArchRule resourcesReturnNoEntities(String service) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(service + ".api..").and().arePublic()
                .should(new ArchCondition<JavaMethod>("return no entity, directly or as a type argument") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getReturnType().getAllInvolvedRawTypes().stream().filter(SuiteRules::isEntity)
                                .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " returns " + entity.getName())));
                    }
                });
    }

    /**
     * A JSON answer is typed ({@code RestResponse<View>} or the view itself), so the API document takes its schema from
     * the signature; only a document (a PDF, a stored file: it declares {@code @Produces}) answers with a raw Response.
     */
    public static ArchRule resourcesAnswerWithTypes(String service) {
        List<String> verbs = List.of("GET", "POST", "PUT", "PATCH", "DELETE").stream().map(v -> "jakarta.ws.rs." + v).toList();
        return methods().that().areDeclaredInClassesThat().resideInAPackage(service + ".api..").and().arePublic()
                .should(new ArchCondition<JavaMethod>("answer JSON with a typed response") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean endpoint = method.getAnnotations().stream()
                                .anyMatch(a -> verbs.contains(a.getRawType().getName()));
                        if (endpoint && method.getRawReturnType().isEquivalentTo(jakarta.ws.rs.core.Response.class)
                                && !method.isAnnotatedWith(jakarta.ws.rs.Produces.class)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " answers an untyped Response: return RestResponse<View>"));
                        }
                    }
                });
    }

    /**
     * Every POST can be retried safely: its resource is {@code @Idempotent}, and it answers a {@code RestResponse} or
     * {@code Response}, which the first call's answer is stored as and replayed from.
     */
    public static ArchRule postsAreSafeToRetry(String service) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(service + ".api..")
                .and().areAnnotatedWith(jakarta.ws.rs.POST.class)
                .should(new ArchCondition<JavaMethod>("be retried safely with an Idempotency-Key") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (!method.getOwner().isAnnotatedWith(Idempotent.class) && !method.isAnnotatedWith(Idempotent.class)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " is a POST of a resource that is not @Idempotent"));
                        }
                        if (!method.getRawReturnType().isEquivalentTo(org.jboss.resteasy.reactive.RestResponse.class)
                                && !method.getRawReturnType().isEquivalentTo(jakarta.ws.rs.core.Response.class)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " answers a POST with a bare body, which no retry can replay: return RestResponse"));
                        }
                    }
                });
    }

    /**
     * A body inside a {@code Response} is invisible to the method's signature, so resources build bodies only through
     * the platform's {@code Responses}, which refuses an entity.
     */
    public static ArchRule responseBodiesGoThroughTheKit(String service) {
        List<String> bodySetters = List.of("jakarta.ws.rs.core.Response.ok",
                "jakarta.ws.rs.core.Response$ResponseBuilder.entity",
                "org.jboss.resteasy.reactive.RestResponse.ok",
                "org.jboss.resteasy.reactive.RestResponse$ResponseBuilder.entity");
        return noClasses().that().resideInAPackage(service + "..")
                .should().callMethodWhere(DescribedPredicate.describe("it puts a body into a Response",
                        (JavaCall<?> call) -> bodySetters.contains(call.getTarget().getOwner().getName() + "."
                                + call.getTarget().getName()) && !call.getTarget().getRawParameterTypes().isEmpty()))
                .because("io.lead2cash.platform.api.answer.Responses sets bodies and refuses entities");
    }

    /** The published contracts stand alone: integrators depend on them without the suite. */
    public static ArchRule eventsDependOnNothingOfTheSuite() {
        return noClasses().that().resideInAPackage("io.lead2cash.events..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.lead2cash.events..", "java..",
                        "com.fasterxml.jackson.annotation..")
                .because("the event contracts are a library integrators take alone");
    }

    /** The module stands below or beside the services: it imports none of them. */
    public static ArchRule dependsOnNoService(String module) {
        return noClasses().that().resideInAPackage(module + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe("a class of another module",
                        (JavaClass c) -> !c.getPackageName().startsWith(module)
                                && java.util.Arrays.stream(SERVICES).map(p -> p.substring(0, p.length() - 2))
                                        .anyMatch(p -> c.getPackageName().startsWith(p))));
    }

    private static boolean isEntity(JavaClass type) {
        return type.isAnnotatedWith("jakarta.persistence.Entity")
                || type.isAnnotatedWith("jakarta.persistence.MappedSuperclass");
    }
}
