package com.bantu.business.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
