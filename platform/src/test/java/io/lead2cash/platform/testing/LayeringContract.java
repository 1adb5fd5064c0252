package io.lead2cash.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The layering every service follows, inherited by each service's architecture test: the domain knows nothing of
 * HTTP, Kafka or the service's adapters; entities live in the domain and never leave through the API.
 */
public abstract class LayeringContract {

    /** The service's root package, e.g. {@code io.lead2cash.leads}. */
    /** Beyond this a domain class does more than one thing (issue 26). */
    private static final int MAX_DOMAIN_CLASS_LINES = 250;

    protected abstract String servicePackage();

    private JavaClasses imported() {
        return SuiteRules.mainClasses(servicePackage());
    }

    @Test
    void theDomainDependsOnNoApiMessagingAdapterOrHttpType() {
        SuiteRules.domainDependsOnNoApiMessagingAdapterOrHttp(servicePackage()).check(imported());
    }

    @Test
    void theApiDependsOnNoMessaging() {
        SuiteRules.apiDependsOnNoMessaging(servicePackage()).check(imported());
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        SuiteRules.noPackageCycles(servicePackage()).check(imported());
    }

    @Test
    void resourcesNeverReturnEntities() {
        SuiteRules.resourcesReturnNoEntities(servicePackage()).check(imported());
    }

    @Test
    void resourcesAnswerJsonWithTypes() {
        SuiteRules.resourcesAnswerWithTypes(servicePackage()).check(imported());
    }

    @Test
    void everyPostCanBeRetriedSafely() {
        SuiteRules.postsAreSafeToRetry(servicePackage()).check(imported());
    }

    @Test
    void responseBodiesAreSetOnlyByThePlatformKit() {
        SuiteRules.responseBodiesGoThroughTheKit(servicePackage()).check(imported());
    }

    @Test
    void entitiesLiveInTheDomain() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage(servicePackage() + ".domain..")
                .check(imported());
    }

    @Test
    void theServiceImportsNoOtherService() {
        SuiteRules.dependsOnNoService(servicePackage()).check(imported());
    }

    @Test
    void everyDomainClassStaysShortEnoughToReadAtOnce() throws java.io.IOException {
        java.nio.file.Path domain = java.nio.file.Path.of("src", "main", "java")
                .resolve(servicePackage().replace('.', '/')).resolve("domain");
        java.util.List<String> tooLong = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(domain)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = java.nio.file.Files.lines(file).count();
                if (lines > MAX_DOMAIN_CLASS_LINES) {
                    tooLong.add(domain.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(tooLong)
                .as("domain classes over %d lines: split them by what they do", MAX_DOMAIN_CLASS_LINES).isEmpty();
    }
}
