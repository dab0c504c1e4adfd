package com.bantu.foundation.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.audit.AuditEvent;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.JwtService;
import com.bantu.common.test.TestHttp;
import com.bantu.foundation.IntegrationTestBase;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Audit records arrive as events on /internal/events and are read back through the ADMIN-only API. */
class AuditLogIT extends IntegrationTestBase {

    private static final JsonMapper SNAKE = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final String BASE = "/api/foundation/audit-logs";

    @Autowired
    JwtService jwt;

    private String serviceToken() {
        return jwt.issueServiceToken("business-service").token();
    }

    private static BantuPrincipal someone(String userId) {
        return new BantuPrincipal(userId, "bob-" + userId.substring(0, 4), null, List.of("SALES"), ROOT_ORG, "j",
                Instant.now().plusSeconds(60), "access");
    }

    private TestHttp.Resp deliver(String eventId, AuditEvent event, String token) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", eventId);
        envelope.put("type", AuditEvent.TYPE);
        envelope.put("version", 1);
        envelope.put("source", "business-service");
        envelope.put("occurred_at", Instant.now().toString());
        envelope.put("payload", SNAKE.valueToTree(event));
        return http.send("POST", "/internal/events", token, envelope, Map.of("Idempotency-Key", eventId));
    }

    private TestHttp.Resp deliver(AuditEvent event) {
        TestHttp.Resp r = deliver(UUID.randomUUID().toString(), event, serviceToken());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    @Test
    void deliveredRecordIsStoredWithSecretsRedactedAndReadable() {
        String userId = UUID.randomUUID().toString();
        String customerId = UUID.randomUUID().toString();
        AuditEvent event = AuditEvent.of(someone(userId), "UPDATE", "customer", customerId)
                .withChanges(Map.of("name", "Old", "api_token", "t0"), Map.of("name", "New", "password", "p"))
                .withRequest("PUT", "/api/service-management/customers/" + customerId, "req-" + userId,
                        "10.1.2.3", "JUnit")
                .withDescription("New", "customer_management", "service-management-service");

        TestHttp.Resp delivered = deliver(event);
        assertThat(delivered.data().path("outcome").asText()).isEqualTo("processed");

        TestHttp.Resp list = http.get(BASE + "?resource_id=" + customerId, adminToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode data = list.data();
        assertThat(data.path("total").asInt()).isEqualTo(1);
        assertThat(data.has("page")).isTrue();
        assertThat(data.has("pages")).isTrue();
        assertThat(data.has("size")).isTrue();
        JsonNode row = data.path("records").get(0);
        assertThat(row.path("id").asText()).isEqualTo(event.id());
        assertThat(row.path("user_id").asText()).isEqualTo(userId);
        assertThat(row.path("user_name").asText()).isEqualTo("bob-" + userId.substring(0, 4));
        assertThat(row.path("organization_id").asText()).isEqualTo(ROOT_ORG);
        assertThat(row.path("action").asText()).isEqualTo("UPDATE");
        assertThat(row.path("resource_type").asText()).isEqualTo("customer");
        assertThat(row.path("resource_name").asText()).isEqualTo("New");
        assertThat(row.path("category").asText()).isEqualTo("customer_management");
        assertThat(row.path("ip_address").asText()).isEqualTo("10.1.2.3");
        assertThat(row.path("user_agent").asText()).isEqualTo("JUnit");
        assertThat(row.path("request_id").asText()).isEqualTo("req-" + userId);
        assertThat(row.path("status").asText()).isEqualTo("success");
        assertThat(row.path("service").asText()).isEqualTo("service-management-service");
        assertThat(row.path("old_values").path("name").asText()).isEqualTo("Old");
        assertThat(row.path("old_values").path("api_token").asText()).isEqualTo(AuditEvent.REDACTED);
        assertThat(row.path("new_values").path("password").asText()).isEqualTo(AuditEvent.REDACTED);
        assertThat(list.raw()).doesNotContain("\"t0\"").doesNotContain("\"p\"");

        TestHttp.Resp one = http.get(BASE + "/" + event.id(), adminToken());
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.data().path("request_path").asText()).endsWith(customerId);
        assertThat(http.get(BASE + "/" + UUID.randomUUID(), adminToken()).message()).isEqualTo("审计日志不存在");
    }

    @Test
    void repeatedDeliveryAndRepeatedRecordStoreOneRow() {
        AuditEvent event = AuditEvent.of(someone(UUID.randomUUID().toString()), "DELETE", "contact",
                UUID.randomUUID().toString());
        String eventId = UUID.randomUUID().toString();

        assertThat(deliver(eventId, event, serviceToken()).data().path("outcome").asText()).isEqualTo("processed");
        assertThat(deliver(eventId, event, serviceToken()).data().path("outcome").asText()).isEqualTo("duplicate");
        deliver(event); // same record id under a new event id

        assertThat(http.get(BASE + "?resource_id=" + event.resourceId(), adminToken()).data().path("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void filtersPagingAndOrder() {
        String userId = UUID.randomUUID().toString();
        String resourceId = UUID.randomUUID().toString();
        BantuPrincipal who = someone(userId);
        deliver(AuditEvent.of(who, "CREATE", "order", resourceId));
        deliver(AuditEvent.of(who, "UPDATE", "order", resourceId).failed("版本冲突"));
        deliver(AuditEvent.of(who, "DELETE", "order", resourceId).withDescription(null, "order_management", null));
        String admin = adminToken();

        assertThat(http.get(BASE + "?user_id=" + userId, admin).data().path("total").asInt()).isEqualTo(3);
        assertThat(http.get(BASE + "?user_id=" + userId + "&action=update", admin).data().path("total").asInt())
                .isEqualTo(1);
        JsonNode failed = http.get(BASE + "?user_id=" + userId + "&status=failed", admin).data();
        assertThat(failed.path("total").asInt()).isEqualTo(1);
        assertThat(failed.path("records").get(0).path("error_message").asText()).isEqualTo("版本冲突");
        assertThat(http.get(BASE + "?user_id=" + userId + "&category=order_management", admin).data().path("total")
                .asInt()).isEqualTo(1);
        assertThat(http.get(BASE + "?user_id=" + userId + "&start_time=2000-01-01&end_time=2000-12-31", admin).data()
                .path("total").asInt()).isZero();
        assertThat(http.get(BASE + "?user_id=" + userId + "&start_time=2000-01-01T00:00:00", admin).data()
                .path("total").asInt()).isEqualTo(3);

        JsonNode paged = http.get(BASE + "?user_id=" + userId + "&page=2&size=2&order_by=action&order_desc=false",
                admin).data();
        assertThat(paged.path("page").asInt()).isEqualTo(2);
        assertThat(paged.path("size").asInt()).isEqualTo(2);
        assertThat(paged.path("pages").asInt()).isEqualTo(2);
        assertThat(paged.path("records").size()).isEqualTo(1);
        assertThat(paged.path("records").get(0).path("action").asText()).isEqualTo("UPDATE");

        assertThat(http.get(BASE + "/users/" + userId + "?size=1", admin).data().path("total").asInt()).isEqualTo(3);
        assertThat(http.get(BASE + "/resources/order/" + resourceId, admin).data().path("total").asInt())
                .isEqualTo(3);

        TestHttp.Resp badOrder = http.get(BASE + "?order_by=password", admin);
        assertThat(badOrder.status()).isEqualTo(400);
        assertThat(badOrder.fields()).containsExactly("order_by");
        TestHttp.Resp badStatus = http.get(BASE + "?status=maybe&start_time=yesterday", admin);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.fields()).contains("status", "start_time");
    }

    @Test
    void readIsAdminOnlyAndDeliveryIsServiceOnly() {
        Account sales = salesUser();
        assertThat(http.get(BASE, sales.token()).status()).isEqualTo(403);
        assertThat(http.get(BASE, null).status()).isEqualTo(401);
        assertThat(http.get(BASE, serviceToken()).status()).isEqualTo(403);
        assertThat(http.get(BASE + "/users/" + sales.id(), sales.token()).status()).isEqualTo(403);

        AuditEvent event = AuditEvent.of(someone(UUID.randomUUID().toString()), "CREATE", "lead",
                UUID.randomUUID().toString());
        assertThat(deliver(UUID.randomUUID().toString(), event, adminToken()).status()).isEqualTo(403);
        assertThat(deliver(UUID.randomUUID().toString(), event, null).status()).isEqualTo(401);
        assertThat(http.get(BASE + "?resource_id=" + event.resourceId(), adminToken()).data().path("total").asInt())
                .isZero();
    }
}
