package com.bantu.business.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NotificationIT extends IntegrationTestBase {

    @Test
    void financeWritesThroughInternalAndEachUserReadsOnlyTheirOwn() {
        User finance = user("FINANCE");
        User other = user("SALES");
        for (int i = 0; i < 3; i++) {
            Resp r = http.post("/internal/notifications", serviceToken(), map("user_id", finance.id(),
                    "notification_type", "collection_task", "title", "新的催款任务 " + i, "content", "订单 X",
                    "resource_type", "collection_task", "resource_id", uuid()));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        assertThat(http.post("/internal/notifications", serviceToken(), map("user_id", finance.id(),
                "notification_type", "spam", "title", "x")).fields()).containsExactly("notification_type");
        assertThat(http.post("/internal/notifications", serviceToken(), map("notification_type", "collection_task",
                "title", "x")).fields()).containsExactly("user_id");
        assertThat(http.post("/internal/notifications", finance.token(), map("user_id", finance.id(),
                "notification_type", "collection_task", "title", "x")).status()).isEqualTo(403);
        for (String base : List.of("/api/business/notifications", "/api/order-workflow/notifications")) {
            Resp list = http.get(base + "?page=1&size=10", finance.token());
            assertThat(list.data().get("total").asLong()).isEqualTo(3);
            assertThat(list.data().get("items").get(0).get("title").asText()).startsWith("新的催款任务");
            assertThat(http.get(base, other.token()).data().get("total").asLong()).isZero();
        }
        String first = http.get("/api/business/notifications", finance.token()).data().get("items").get(0)
                .get("id").asText();
        assertThat(http.put("/api/order-workflow/notifications/" + first + "/read", other.token(), null).status())
                .isEqualTo(404);
        Resp read = http.put("/api/business/notifications/" + first + "/read", finance.token(), null);
        assertThat(read.data().get("is_read").asBoolean()).isTrue();
        assertThat(read.data().get("read_at").isNull()).isFalse();
        assertThat(http.get("/api/business/notifications/unread-count", finance.token()).data().get("unread_count")
                .asLong()).isEqualTo(2);
        assertThat(http.get("/api/business/notifications?is_read=false", finance.token()).data().get("total")
                .asLong()).isEqualTo(2);
        assertThat(http.put("/api/order-workflow/notifications/read-all", finance.token(), null).data()
                .get("updated").asInt()).isEqualTo(2);
        assertThat(http.get("/api/order-workflow/notifications/unread-count", finance.token()).data()
                .get("unread_count").asLong()).isZero();
        assertThat(http.get("/api/business/notifications", null).status()).isEqualTo(401);
        assertThat(http.get("/api/business/notifications", token("AGENT")).status()).isEqualTo(403);
    }

    private Resp overdue(String candidateGroup, String assigneeId, String orderId) {
        String id = uuid();
        return http.send("POST", "/internal/events", serviceToken(), map("id", id, "type", "approval.overdue",
                "version", 1, "source", "workflow-service", "occurred_at", java.time.Instant.now().toString(),
                "payload", map("instance_id", uuid(), "business_type", "order", "business_id", orderId,
                        "order_number", "ORD-20260101-ABC123", "task_code", "review_order",
                        "candidate_group", candidateGroup, "assignee_id", assigneeId,
                        "overdue_at", "2026-01-03T10:00:00")), Map.of("Idempotency-Key", id));
    }

    @Test
    void anOverdueApprovalNotifiesTheClaimantOrEveryHolderOfTheCandidateRole() {
        User claimant = user("FINANCE");
        String order1 = uuid();
        Resp r = overdue("FINANCE", claimant.id(), order1);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode mine = http.get("/api/business/notifications?notification_type=approval_overdue", claimant.token())
                .data();
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("resource_id").asText()).isEqualTo(order1);
        assertThat(mine.get("items").get(0).get("content").asText()).contains("ORD-20260101-ABC123");
        // addressed to a role: every ADMIN gets one copy, read state per user
        User admin1 = user("ADMIN");
        User admin2 = user("ADMIN");
        String order2 = uuid();
        assertThat(overdue("ADMIN", null, order2).status()).isEqualTo(200);
        for (User a : List.of(admin1, admin2)) {
            JsonNode list = http.get("/api/order-workflow/notifications?notification_type=approval_overdue&size=100",
                    a.token()).data();
            assertThat(list.toString()).contains(order2);
        }
        long before = http.get("/api/business/notifications/unread-count", admin2.token()).data()
                .get("unread_count").asLong();
        assertThat(http.get("/api/business/notifications/unread-count", admin2.token()).data()
                .get("unread_count").asLong()).as("copied once").isEqualTo(before);
        http.put("/api/business/notifications/read-all", admin1.token(), null);
        assertThat(http.get("/api/business/notifications/unread-count", admin1.token()).data()
                .get("unread_count").asLong()).isZero();
        assertThat(http.get("/api/business/notifications/unread-count", admin2.token()).data()
                .get("unread_count").asLong()).isEqualTo(before);
        // other roles see nothing of it
        assertThat(http.get("/api/business/notifications?notification_type=approval_overdue", user("SALES").token())
                .data().get("total").asLong()).isZero();
    }
}
