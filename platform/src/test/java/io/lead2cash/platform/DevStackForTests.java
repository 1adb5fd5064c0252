package io.lead2cash.platform;

import io.lead2cash.devstack.DevStackTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against the devstack's real PostgreSQL and Kafka. */
@WithTestResource(value = DevStackTestResource.class, scope = TestResourceScope.GLOBAL)
public class DevStackForTests {
}
