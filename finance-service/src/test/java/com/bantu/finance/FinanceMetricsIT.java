package com.bantu.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.PrometheusText;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.collection.CollectionMetrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The business metrics of finance: confirmed payments per currency and overdue collection tasks. */
class FinanceMetricsIT extends IntegrationTestBase {

    private static final String TASKS = "/api/finance/collection-tasks";

    @Autowired
    CollectionMetrics collection;

    private String scrape() {
        collection.refresh();
        Resp r = http.get("/actuator/prometheus", admin()); // ADMIN on the API port (open on the management port)
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.raw();
    }

    private static double confirmed(String text, String currency) {
        double v = PrometheusText.value(text, "bantu_payments_confirmed_total", Map.of("currency", currency));
        return Double.isNaN(v) ? 0 : v;
    }

    @Test
    void paymentsConfirmedCountsEachConfirmationOncePerCurrency() {
        String before = scrape();
        assertThat(PrometheusText.value(before, "bantu_payments_confirmed_total", Map.of("currency", "IDR")))
                .as("the base currency's series exists from start-up").isNotNaN();
        double usd = confirmed(before, "USD");
        double idr = confirmed(before, "IDR");

        String orderId = order(uuid(), "USD", "1000", null);
        String stageId = plan(orderId, List.of(stage(1, "1000", "2040-01-01"))).at("/stages/0/id").asText();
        String paymentId = paid(receipt(orderId, stageId, "300", "USD")).get("id").asText();
        paid(receipt(orderId, stageId, "200", "USD"));
        // confirming a confirmed payment again changes nothing and is not counted
        assertThat(http.post("/api/finance/payments/" + paymentId + "/confirm", finance(), map()).status())
                .isEqualTo(200);
        // a created payment that is never confirmed is not counted either
        assertThat(pay(finance(), uuid(), receipt(orderId, stageId, "100", "USD")).status()).isEqualTo(201);

        String after = scrape();
        assertThat(confirmed(after, "USD")).isEqualTo(usd + 2);
        assertThat(confirmed(after, "IDR")).isEqualTo(idr);
    }

    @Test
    void overdueCollectionTasksAreOpenTasksPastTheirDueDate() {
        double before = PrometheusText.value(scrape(), "bantu_collection_tasks_overdue");
        assertThat(before).as("bantu_collection_tasks_overdue is exposed").isNotNaN();

        String orderId = order(uuid(), "IDR", "5000000", null);
        String fin = finance();
        Resp late = http.post(TASKS + "/orders/" + orderId, fin, map("due_date", LocalDate.now().minusDays(3).toString()));
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        Resp lateToo = http.post(TASKS + "/orders/" + orderId, fin, map("due_date", LocalDate.now().minusDays(1).toString()));
        assertThat(lateToo.status()).as(lateToo.toString()).isEqualTo(201);
        assertThat(http.post(TASKS + "/orders/" + orderId, fin, map("due_date", LocalDate.now().toString())).status())
                .as("due today is not overdue yet").isEqualTo(201);
        assertThat(PrometheusText.value(scrape(), "bantu_collection_tasks_overdue")).isEqualTo(before + 2);

        assertThat(http.post(TASKS + "/" + late.data().get("id").asText() + "/complete", fin, null).status())
                .isEqualTo(200);
        assertThat(http.post(TASKS + "/" + lateToo.data().get("id").asText() + "/cancel", fin, map("reason", "x"))
                .status()).isEqualTo(200);
        assertThat(PrometheusText.value(scrape(), "bantu_collection_tasks_overdue")).isEqualTo(before);
    }
}
