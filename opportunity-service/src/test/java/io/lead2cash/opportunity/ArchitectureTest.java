package io.lead2cash.opportunity;

import io.lead2cash.platform.testing.LayeringContract;

class ArchitectureTest extends LayeringContract {

    @Override
    protected String servicePackage() {
        return "io.lead2cash.opportunity";
    }
}
