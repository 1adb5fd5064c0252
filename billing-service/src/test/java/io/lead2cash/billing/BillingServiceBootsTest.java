package io.lead2cash.billing;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.platform.testing.ServiceBootContract;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The billing-service boots against the dev stack and answers its health, metrics and OpenAPI endpoints. */
@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class BillingServiceBootsTest extends ServiceBootContract {
}
