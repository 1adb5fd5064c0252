package io.lead2cash.platform.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A method's declared status reaches the operation the document names, whatever slashes and regexes its paths have. */
class DeclaredStatusesTest {

    @Test
    void theResourceAndMethodPathsJoinAsTheDocumentWritesThem() {
        assertThat(DeclaredStatuses.path("/api/leads", "")).isEqualTo("/api/leads");
        assertThat(DeclaredStatuses.path("api/leads/", "/{id}/qualify/")).isEqualTo("/api/leads/{id}/qualify");
        assertThat(DeclaredStatuses.path("/api/orders", "{id}/lines/{lineNumber: [0-9]+}"))
                .isEqualTo("/api/orders/{id}/lines/{lineNumber}");
        assertThat(DeclaredStatuses.operation("POST", "/api/leads")).isEqualTo("POST /api/leads");
    }
}
