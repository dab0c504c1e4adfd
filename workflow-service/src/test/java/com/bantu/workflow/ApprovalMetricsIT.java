package com.bantu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.PrometheusText;
import com.bantu.common.test.TestHttp;
import com.bantu.workflow.task.ApprovalMetrics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code bantu_approvals_pending} and {@code bantu_approvals_pending_oldest_seconds} follow the open reviews. */
class ApprovalMetricsIT extends IntegrationTestBase {

    @Autowired
    ApprovalMetrics metrics;

    private String scrape() {
        metrics.refresh();
        // ADMIN on the API port (metrics are open on the management port only)
        TestHttp.Resp r = http.get("/actuator/prometheus", admin());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.raw();
    }

    @Test
    void pendingApprovalsAndTheAgeOfTheOldestComeFromTheOpenReviews() {
        String before = scrape();
        double pending = PrometheusText.value(before, "bantu_approvals_pending");
        assertThat(pending).as("bantu_approvals_pending is exposed").isNotNaN();
        assertThat(PrometheusText.value(before, "bantu_approvals_pending_oldest_seconds")).isNotNaN();

        String first = startOrder(uuid(), "1000", "IDR", uuid()).get("id").asText();
        String second = startOrder(uuid(), "2000", "IDR", uuid()).get("id").asText();
        String firstTask = openTask(first).get("id").asText();
        // the first review has been waiting for two hours: the oldest age is at least that
        jdbc.update("UPDATE ACT_RU_TASK SET CREATE_TIME_ = DATE_SUB(CURRENT_TIMESTAMP(3), INTERVAL 2 HOUR) WHERE ID_ = ?",
                firstTask);
        String during = scrape();
        assertThat(PrometheusText.value(during, "bantu_approvals_pending")).isEqualTo(pending + 2);
        assertThat(PrometheusText.value(during, "bantu_approvals_pending_oldest_seconds")).isGreaterThanOrEqualTo(7200);

        assertThat(complete(firstTask, admin(), "approved", null).status()).isEqualTo(200);
        assertThat(complete(openTask(second).get("id").asText(), admin(), "rejected", "no").status()).isEqualTo(200);
        String after = scrape();
        assertThat(PrometheusText.value(after, "bantu_approvals_pending")).isEqualTo(pending);
        assertThat(PrometheusText.value(after, "bantu_approvals_pending_oldest_seconds")).isLessThan(7200);
    }
}
