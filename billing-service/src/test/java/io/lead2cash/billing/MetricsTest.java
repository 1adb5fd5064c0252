package io.lead2cash.billing;

import static io.lead2cash.billing.OpportunitySide.clerk;
import static io.lead2cash.billing.OpportunitySide.orderFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What an operator scrapes from /q/metrics, with real values after real work. */
@QuarkusTest
class MetricsTest {

    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)( # .*)?$").matcher(metrics);
        double total = 0;
        boolean found = false;
        while (m.find()) {
            total += Double.parseDouble(m.group(2));
            found = true;
        }
        assertThat(found).as(name + " in /q/metrics").isTrue();
        return total;
    }

    @Test
    void theMetricsTellWhatWasPublishedConsumedBilledAndWhatWaits() {
        String order = orderFor(OpportunitySide.accepted(UUID.randomUUID(), "alice", "north"));
        clerk().when().post("/api/orders/" + order + "/fulfil").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(value(metrics, "lead2cash_outbox_published_total")).isGreaterThanOrEqualTo(3);
            assertThat(value(metrics, "lead2cash_consumer_processed_total")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "lead2cash_consumer_dead_lettered_total")).isGreaterThanOrEqualTo(0);
            assertThat(value(metrics, "lead2cash_billing_orders_opened_total")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "lead2cash_billing_invoiced_total")).isGreaterThanOrEqualTo(6047.20);
            assertThat(value(metrics, "lead2cash_outbox_backlog")).isGreaterThanOrEqualTo(0);
            assertThat(value(metrics, "lead2cash_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
            assertThat(value(metrics, "http_server_requests_seconds_count")).isGreaterThan(0);
            assertThat(metrics).contains("kafka_consumer_fetch_manager_records_lag");
        });
    }
}
