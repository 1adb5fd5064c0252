package io.lead2cash.catalog;

import static io.lead2cash.catalog.CatalogFixtures.manager;
import static io.lead2cash.catalog.CatalogFixtures.priceList;
import static io.lead2cash.catalog.CatalogFixtures.product;
import static io.lead2cash.catalog.CatalogFixtures.unique;
import static io.lead2cash.catalog.CatalogFixtures.weightUnits;
import static org.assertj.core.api.Assertions.assertThat;

import io.lead2cash.devstack.DevStackTestResource;
import io.lead2cash.devstack.KafkaRecords;
import io.lead2cash.events.EventSchemas;
import io.lead2cash.events.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What a cache-keeping consumer sees on the catalog topic: every change, valid against its schema. */
@QuarkusTest
class PublishedCatalogEventsTest {

    @Test
    void everyCatalogChangeIsPublishedAndValidatesAgainstItsSchema() {
        String[] units = weightUnits();
        String product = product(units, "24.00");
        manager().when().post("/api/products/" + product + "/publish").then().statusCode(200);
        manager().when().post("/api/products/" + product + "/revise").then().statusCode(200);
        manager().when().post("/api/products/" + product + "/revert").then().statusCode(200);
        manager().when().post("/api/products/" + product + "/retire").then().statusCode(200);
        String list = priceList("EUR");
        manager().header("If-Match", "*").body("{\"name\": \"" + unique("Renamed") + "\"}").when()
                .put("/api/price-lists/" + list).then().statusCode(200);
        String discounts = manager().body("{\"name\": \"" + unique("Bands") + "\", \"type\": \"PERCENTAGE\", \"bands\": "
                + "[{\"lowQuantity\": 1, \"highQuantity\": 5, \"value\": 2.5}]}")
                .when().post("/api/discount-lists").then().statusCode(201).extract().path("id");
        String item = manager().body("{\"productId\": \"" + product + "\", \"pricingMethod\": \"MARKUP_CURRENT_COST\", "
                + "\"percentage\": 40, \"discountListId\": \"" + discounts + "\"}")
                .when().post("/api/price-lists/" + list + "/items").then().statusCode(201).extract().path("id");
        manager().when().delete("/api/price-lists/" + list + "/items/" + item).then().statusCode(204);
        manager().header("If-Match", "*").body("{\"name\": \"" + unique("Bands") + "\", \"bands\": []}")
                .when().put("/api/discount-lists/" + discounts).then().statusCode(200);
        manager().when().delete("/api/discount-lists/" + discounts).then().statusCode(204);

        List<String> keys = List.of(units[0], product, list, discounts);
        List<ConsumerRecord<String, String>> records = KafkaRecords.await(
                DevStackTestResource.stack().bootstrapServers(), Topics.CATALOG, r -> keys.contains(r.key()), 14,
                Duration.ofSeconds(30));

        assertThat(records).extracting(r -> KafkaRecords.header(r, "ce_type")).containsExactlyInAnyOrder(
                "lead2cash.unit-group.created.v1", "lead2cash.unit-group.changed.v1",
                "lead2cash.product.created.v1", "lead2cash.product.published.v1", "lead2cash.product.revised.v1",
                "lead2cash.product.revision-reverted.v1", "lead2cash.product.retired.v1",
                "lead2cash.price-list.created.v1", "lead2cash.price-list.changed.v1",
                "lead2cash.price-list.item-set.v1", "lead2cash.price-list.item-removed.v1",
                "lead2cash.discount-list.created.v1", "lead2cash.discount-list.changed.v1",
                "lead2cash.discount-list.deleted.v1");
        for (ConsumerRecord<String, String> record : records) {
            assertThat(EventSchemas.violations(KafkaRecords.header(record, "ce_type"), record.value()))
                    .as("%s %s", KafkaRecords.header(record, "ce_type"), record.value()).isEmpty();
        }
    }
}
