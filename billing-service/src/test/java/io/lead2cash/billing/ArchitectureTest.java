package io.lead2cash.billing;

import io.lead2cash.platform.testing.LayeringContract;

/** The billing-service keeps the house layering: api over domain, messaging over domain, entities never in the API. */
class ArchitectureTest extends LayeringContract {

    @Override
    protected String servicePackage() {
        return "io.lead2cash.billing";
    }
}
