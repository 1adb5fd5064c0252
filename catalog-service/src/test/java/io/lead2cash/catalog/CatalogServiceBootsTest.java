package io.lead2cash.catalog;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.platform.testing.ServiceBootContract;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
class CatalogServiceBootsTest extends ServiceBootContract {
}
