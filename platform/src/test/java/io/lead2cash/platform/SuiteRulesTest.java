package io.lead2cash.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.lead2cash.platform.testing.SuiteRules;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each suite rule refuses a module that breaks it and accepts one that keeps it. */
class SuiteRulesTest {

    private static final String SHOP = "io.lead2cash.platform.fixture.shop";
    private static final String TIDY = "io.lead2cash.platform.fixture.tidy";

    private final JavaClasses shop = new ClassFileImporter().importPackages(SHOP);
    private final JavaClasses tidy = new ClassFileImporter().importPackages(TIDY);

    @Test
    void aDomainThatKnowsItsApiOrAnHttpTypeIsRefused() {
        refusedAndKept(SuiteRules::domainDependsOnNoApiMessagingAdapterOrHttp,
                "Basket.view()", "jakarta.ws.rs.core.Response");
    }

    @Test
    void anApiThatSendsEventsIsRefused() {
        refusedAndKept(SuiteRules::apiDependsOnNoMessaging, "BasketEvents");
    }

    @Test
    void packagesThatDependOnEachOtherAreRefused() {
        refusedAndKept(SuiteRules::noPackageCycles, "Cycle detected");
    }

    @Test
    void aResourceReturningAnEntityOrAListOfThemIsRefused() {
        refusedAndKept(SuiteRules::resourcesReturnNoEntities, "BasketResource.get() returns", "BasketResource.list() returns");
    }

    @Test
    void aBodyPutIntoAResponseByHandIsRefused() {
        refusedAndKept(SuiteRules::responseBodiesGoThroughTheKit, "BasketResource.read()");
    }

    @Test
    void anEndpointAnsweringJsonWithAnUntypedResponseIsRefused() {
        refusedAndKept(SuiteRules::resourcesAnswerWithTypes, "BasketResource.show()", "untyped Response");
    }

    @Test
    void aPostThatARetryWouldRepeatIsRefused() {
        refusedAndKept(SuiteRules::postsAreSafeToRetry, "BasketResource.pay()", "not @Idempotent", "bare body");
    }

    private void refusedAndKept(Function<String, ArchRule> rule, String... named) {
        assertThatThrownBy(() -> rule.apply(SHOP).check(shop)).isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(named);
        assertThatCode(() -> rule.apply(TIDY).check(tidy)).doesNotThrowAnyException();
    }
}
