package io.lead2cash.platform.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationNamesTest {

    @Test
    void namesCollectionsAndRecordsAsVerbsOnTheRecord() {
        assertThat(OperationNames.of("GET", "/api/leads")).isEqualTo("listLeads");
        assertThat(OperationNames.of("POST", "/api/leads")).isEqualTo("createLead");
        assertThat(OperationNames.of("GET", "/api/leads/{id}")).isEqualTo("getLead");
        assertThat(OperationNames.of("PUT", "/api/price-lists/{id}")).isEqualTo("updatePriceList");
        assertThat(OperationNames.of("DELETE", "/api/discount-lists/{id}")).isEqualTo("deleteDiscountList");
        assertThat(OperationNames.of("GET", "/api/sales-literature")).isEqualTo("listSalesLiterature");
        assertThat(OperationNames.of("GET", "/api/activities/{id}")).isEqualTo("getActivity");
    }

    @Test
    void namesAnActionAfterARecordByItsVerb() {
        assertThat(OperationNames.of("POST", "/api/leads/{id}/qualify")).isEqualTo("qualifyLead");
        assertThat(OperationNames.of("POST", "/api/quotes/{id}/win")).isEqualTo("winQuote");
        assertThat(OperationNames.of("POST", "/api/orders/{id}/fulfil")).isEqualTo("fulfilOrder");
    }

    @Test
    void namesChildListsAndTheirRecordsAfterTheirParent() {
        assertThat(OperationNames.of("GET", "/api/opportunities/{id}/lines")).isEqualTo("listOpportunityLines");
        assertThat(OperationNames.of("POST", "/api/opportunities/{id}/lines")).isEqualTo("addOpportunityLine");
        assertThat(OperationNames.of("PUT", "/api/price-lists/{id}/items/{itemId}")).isEqualTo("updatePriceListItem");
        assertThat(OperationNames.of("DELETE", "/api/quotes/{id}/lines/{lineId}")).isEqualTo("removeQuoteLine");
        assertThat(OperationNames.of("GET", "/api/opportunities/pipeline")).isEqualTo("getOpportunityPipeline");
        assertThat(OperationNames.of("GET", "/q/health")).isNull();
    }
}
