package com.bantu.analytics.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bantu.analytics.IntegrationTestBase;
import com.bantu.analytics.config.MonitoringProperties;
import com.bantu.analytics.monitoring.SystemMetricsService;
import com.bantu.common.test.FakeService;
import com.bantu.common.test.TestHttp.Resp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class AlertIT extends IntegrationTestBase {

    private static final String BASE = "/api/analytics-monitoring/monitoring/alerts";

    @Autowired
    AlertSampler sampler;

    @Autowired
    AlertRepository alerts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AlertNotifier notifier;

    @Autowired
    MeterRegistry registry;

    @Autowired
    MonitoringProperties props;

    @Autowired
    AlertHost host;

    @BeforeEach
    void clean() throws Exception {
        // (the shedlock row stays: ShedLock remembers it inserted it and from then on only updates it)
        jdbc.update("DELETE FROM alerts");
        MAIL.purgeEmailFromAllMailboxes();
    }

    private double raisedCount(String metric, String level) {
        return registry.get("bantu.alerts.raised").tag("metric", metric).tag("level", level).counter().count();
    }

    private List<Alert> open() {
        return alerts.findAll().stream().filter(Alert::isOpen).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "cpu, 69.99, 40, ",
            "cpu, 70, 40, WARNING",
            "cpu, 84.99, 40, WARNING",
            "cpu, 85, 40, CRITICAL",
            "cpu, 100, 40, CRITICAL",
            "memory, 20, 74.99, ",
            "memory, 20, 75, WARNING",
            "memory, 20, 89.99, WARNING",
            "memory, 20, 90, CRITICAL"})
    void eachThresholdCrossing(String metric, double cpu, double memory, String expected) {
        metrics.set(cpu, memory);
        assertThat(sampler.runLocked()).isTrue();
        List<Alert> all = alerts.findAll();
        if (expected == null) {
            assertThat(all).isEmpty();
            return;
        }
        assertThat(all).hasSize(1);
        Alert a = all.get(0);
        assertThat(a.getMetric()).isEqualTo(metric);
        assertThat(a.getLevel()).isEqualTo(AlertLevel.valueOf(expected));
        assertThat(a.getStatus()).isEqualTo(AlertStatus.ACTIVE);
        boolean critical = expected.equals("CRITICAL");
        String label = metric.equals("cpu") ? "CPU " : "内存";
        assertThat(a.getTitle()).isEqualTo(label + "使用率" + (critical ? "过高" : "较高"));
        assertThat(a.getMessage()).contains("使用率达到").contains(critical ? "超过严重阈值" : "超过警告阈值");
        double expectedThreshold = metric.equals("cpu") ? (critical ? 85 : 70) : (critical ? 90 : 75);
        assertThat(a.getThreshold()).isEqualByComparingTo(BigDecimal.valueOf(expectedThreshold));
        assertThat(a.getMetricValue()).isEqualByComparingTo(BigDecimal.valueOf(metric.equals("cpu") ? cpu : memory));
    }

    @Test
    void aSustainedBreachIsOneAlertAndNotifiesOnce() throws Exception {
        double before = raisedCount("cpu", "WARNING");
        metrics.set(75, 40);
        for (int i = 0; i < 3; i++) {
            assertThat(sampler.runLocked()).isTrue();
            metrics.set(78 + i, 40);
        }
        assertThat(alerts.findAll()).hasSize(1);
        assertThat(raisedCount("cpu", "WARNING") - before).isEqualTo(1.0);

        Alert a = alerts.findAll().get(0);
        assertThat(MAIL.waitForIncomingEmail(5_000, RECIPIENTS.size())).isTrue();
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(RECIPIENTS.size());
        assertThat(mails[0].getSubject()).isEqualTo("[BANTU CRM] WARNING: CPU 使用率较高");
        assertThat(mails[0].getFrom()[0].toString()).isEqualTo("monitoring@bantu.test");
        assertThat(mails[0].getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrderElementsOf(RECIPIENTS);
        assertThat(mails[0].getContent().toString()).contains(a.getId()).contains("CPU使用率达到 75.00%");

        List<FakeService.Received> hooks = WEBHOOK.received();
        assertThat(hooks).hasSize(1);
        assertThat(hooks.get(0).method()).isEqualTo("POST");
        JsonNode payload = FakeService.JSON.readTree(hooks.get(0).body());
        assertThat(payload.get("event").asText()).isEqualTo("alert.raised");
        assertThat(payload.get("service").asText()).isEqualTo("analytics-monitoring-service");
        assertThat(payload.get("alert").get("id").asText()).isEqualTo(a.getId());
        assertThat(payload.get("alert").get("level").asText()).isEqualTo("WARNING");
        assertThat(payload.get("alert").get("status").asText()).isEqualTo("ACTIVE");
        assertThat(payload.get("alert").get("title").asText()).isEqualTo("CPU 使用率较高");
    }

    @Test
    void aHigherLevelReplacesTheOpenAlertAndRecoveryResolvesIt() {
        metrics.set(20, 80);
        sampler.runLocked();
        metrics.set(20, 95);
        sampler.runLocked();
        List<Alert> all = alerts.findAll();
        assertThat(all).hasSize(2);
        assertThat(open()).singleElement().satisfies(a -> {
            assertThat(a.getLevel()).isEqualTo(AlertLevel.CRITICAL);
            assertThat(a.getTitle()).isEqualTo("内存使用率过高");
        });
        Alert warning = all.stream().filter(a -> a.getLevel() == AlertLevel.WARNING).findFirst().orElseThrow();
        assertThat(warning.getStatus()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(warning.getResolution()).isEqualTo("ESCALATED");

        // falling back to warning level keeps the critical alert (no flapping), recovery resolves it
        metrics.set(20, 80);
        sampler.runLocked();
        assertThat(open()).singleElement().extracting(Alert::getLevel).isEqualTo(AlertLevel.CRITICAL);
        metrics.set(20, 50);
        sampler.runLocked();
        assertThat(open()).isEmpty();
        Alert critical = alerts.findAll().stream().filter(a -> a.getLevel() == AlertLevel.CRITICAL).findFirst()
                .orElseThrow();
        assertThat(critical.getResolution()).isEqualTo("AUTO");
        assertThat(critical.getResolvedBy()).isEqualTo("system");
        assertThat(critical.getResolvedAt()).isNotNull();
        assertThat(http.get(BASE + "/active", admin()).data().get("total").asLong()).isZero();
    }

    @Test
    void activeListAndAcknowledge() {
        metrics.set(90, 92);
        sampler.runLocked();
        Resp list = http.get(BASE + "/active", admin());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.message()).isEqualTo("获取活跃预警列表成功");
        assertThat(list.data().get("total").asLong()).isEqualTo(2);
        assertThat(list.data().get("by_level").get("CRITICAL").asLong()).isEqualTo(2);
        assertThat(list.data().get("by_level").get("WARNING").asLong()).isZero();
        assertThat(list.data().get("by_level").get("INFO").asLong()).isZero();
        JsonNode first = list.data().get("alerts").get(0);
        for (String field : List.of("id", "level", "title", "message", "status", "created_at", "acknowledged_at",
                "resolved_at")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(first.get("acknowledged_at").isNull()).isTrue();

        String id = alerts.findByOpenMetric("cpu").orElseThrow().getId();
        String userId = UUID.randomUUID().toString();
        Resp ack = http.post(BASE + "/" + id + "/acknowledge", tokenFor(userId, "ADMIN"), null);
        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        assertThat(ack.message()).isEqualTo("预警确认成功");
        assertThat(ack.data().asBoolean()).isTrue();
        Alert acked = alerts.findById(id).orElseThrow();
        assertThat(acked.getStatus()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acked.getAcknowledgedBy()).isEqualTo(userId);
        assertThat(acked.getAcknowledgedAt()).isNotNull();

        // acknowledged alerts leave the active list (as the original) unless asked for
        Resp after = http.get(BASE + "/active", admin());
        assertThat(after.data().get("total").asLong()).isEqualTo(1);
        assertThat(after.data().get("alerts").get(0).get("title").asText()).isEqualTo("内存使用率过高");
        Resp withAcked = http.get(BASE + "/active?include_acknowledged=true", admin());
        assertThat(withAcked.data().get("total").asLong()).isEqualTo(2);

        // still breaching: no new alert for an acknowledged one
        sampler.runLocked();
        assertThat(alerts.findAll()).hasSize(2);

        // acknowledging twice changes nothing
        Resp again = http.post(BASE + "/" + id + "/acknowledge", admin(), null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(alerts.findById(id).orElseThrow().getAcknowledgedBy()).isEqualTo(userId);
    }

    @Test
    void acknowledgeAndResolveErrors() {
        Resp unknown = http.post(BASE + "/" + UUID.randomUUID() + "/acknowledge", admin(), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asInt()).isEqualTo(404);
        assertThat(unknown.message()).isEqualTo("预警不存在");
        assertThat(http.post(BASE + "/nope/resolve", admin(), null).status()).isEqualTo(404);

        metrics.set(75, 40);
        sampler.runLocked();
        String id = alerts.findAll().get(0).getId();
        assertThat(http.post(BASE + "/" + id + "/acknowledge", null, null).status()).isEqualTo(401);
        assertThat(http.post(BASE + "/" + id + "/resolve", null, null).status()).isEqualTo(401);
        for (String role : List.of("SALES", "OPERATION", "AGENT")) {
            assertThat(http.post(BASE + "/" + id + "/acknowledge", token(role), null).status()).isEqualTo(403);
            assertThat(http.post(BASE + "/" + id + "/resolve", token(role), null).status()).isEqualTo(403);
        }
        assertThat(alerts.findById(id).orElseThrow().getStatus()).isEqualTo(AlertStatus.ACTIVE);
    }

    @Test
    void resolveByHandAndHistory() {
        metrics.set(75, 40);
        sampler.runLocked();
        String id = alerts.findAll().get(0).getId();
        String userId = UUID.randomUUID().toString();
        Resp resolved = http.post(BASE + "/" + id + "/resolve", tokenFor(userId, "ADMIN"), null);
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.data().asBoolean()).isTrue();
        Alert a = alerts.findById(id).orElseThrow();
        assertThat(a.getStatus()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(a.getResolvedBy()).isEqualTo(userId);
        assertThat(a.getResolution()).isEqualTo("MANUAL");
        assertThat(http.post(BASE + "/" + id + "/resolve", admin(), null).status()).isEqualTo(200);
        Resp ackResolved = http.post(BASE + "/" + id + "/acknowledge", admin(), null);
        assertThat(ackResolved.status()).isEqualTo(409);
        assertThat(ackResolved.body().get("code").asInt()).isEqualTo(409);

        // still above the threshold: the next sample raises a new alert
        sampler.runLocked();
        assertThat(open()).hasSize(1);
        metrics.set(20, 95);
        sampler.runLocked();

        Resp history = http.get(BASE + "?size=10", admin());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.message()).isEqualTo("获取预警历史成功");
        assertThat(history.data().get("total").asLong()).isEqualTo(3);
        assertThat(history.data().get("page").asInt()).isEqualTo(1);
        assertThat(history.data().get("size").asInt()).isEqualTo(10);
        JsonNode resolvedItem = null;
        for (JsonNode item : history.data().get("items")) {
            if (item.get("id").asText().equals(id)) {
                resolvedItem = item;
            }
        }
        assertThat(resolvedItem).isNotNull();
        assertThat(resolvedItem.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolvedItem.get("resolved_by").asText()).isEqualTo(userId);
        assertThat(resolvedItem.get("resolved_at").isNull()).isFalse();
        assertThat(resolvedItem.get("metric").asText()).isEqualTo("cpu");
        assertThat(resolvedItem.get("value").asDouble()).isEqualTo(75.0);
        assertThat(resolvedItem.get("threshold").asDouble()).isEqualTo(70.0);

        // the hand-resolved one and the second cpu alert (resolved automatically when cpu fell to 20 %)
        assertThat(http.get(BASE + "?status=resolved", admin()).data().get("total").asLong()).isEqualTo(2);
        assertThat(http.get(BASE + "?status=ACTIVE", admin()).data().get("items").get(0).get("metric").asText())
                .isEqualTo("memory");
        assertThat(http.get(BASE + "?metric=memory", admin()).data().get("total").asLong()).isEqualTo(1);
        assertThat(http.get(BASE + "?level=CRITICAL&metric=memory", admin()).data().get("total").asLong())
                .isEqualTo(1);
        assertThat(http.get(BASE + "?page=2&size=2", admin()).data().get("items").size()).isEqualTo(1);

        Resp bad = http.get(BASE + "?status=closed&level=loud&page=0", admin());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactlyInAnyOrder("status", "level", "page");
    }

    @Test
    void theDatabaseRefusesASecondOpenAlertForAMetric() {
        metrics.set(75, 40);
        sampler.runLocked();
        assertThatThrownBy(() -> alerts.saveAndFlush(Alert.raise("cpu", AlertLevel.CRITICAL, "t", "m",
                BigDecimal.TEN, BigDecimal.ONE, "test"))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void shedLockLetsOnlyOneOfTwoReplicasSample() throws Exception {
        // a second replica: its own lock provider and metrics service over the same database
        var replicaLocks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
        AlertSampler replica = new AlertSampler(new SystemMetricsService(metrics, new SimpleMeterRegistry()),
                alerts, tx, replicaLocks, notifier, registry, props, host);
        double before = raisedCount("cpu", "CRITICAL");
        metrics.set(95, 40);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        metrics.blockNextSamples(entered, release);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(sampler::runLocked);
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("first replica is sampling").isTrue();
        boolean second = replica.runLocked();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second).as("second replica skipped while the lock was held").isFalse();
        assertThat(metrics.samples()).isEqualTo(1);
        assertThat(alerts.findAll()).hasSize(1);
        assertThat(raisedCount("cpu", "CRITICAL") - before).isEqualTo(1.0);

        // once released, the other replica may sample again (and finds the open alert: no duplicate)
        metrics.blockNextSamples(null, null);
        assertThat(replica.runLocked()).isTrue();
        assertThat(alerts.findAll()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = 'alert-sampler'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void gaugesAndTheAlertCounterAreExposedToPrometheus() {
        metrics.set(87.5, 33.3);
        sampler.runLocked();
        Resp prom = http.get("/actuator/prometheus", admin());
        assertThat(prom.status()).isEqualTo(200);
        assertThat(prom.raw())
                .contains("bantu_host_cpu_usage_percent{application=\"analytics-monitoring-service\"} 87.5")
                .contains("bantu_host_memory_usage_percent{application=\"analytics-monitoring-service\"} 33.3")
                .contains("bantu_host_disk_usage_percent{application=\"analytics-monitoring-service\"} 55.56")
                .contains("bantu_host_processes{application=\"analytics-monitoring-service\"} 321.0")
                .containsPattern("bantu_alerts_raised_total\\{application=\"analytics-monitoring-service\","
                        + "level=\"CRITICAL\",metric=\"cpu\"} [1-9]")
                .contains("http_server_requests");
    }
}
