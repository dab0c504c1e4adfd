package com.bantu.business.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.internal.InternalWarmUp;
import com.bantu.common.test.TestHttp.Resp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class StatsIT extends IntegrationTestBase {

    @Autowired
    InternalWarmUp warmUp;

    /** The start-up called the internal reads other services make, authenticated, before the context was ready. */
    @Test
    void theInternalReadsWereWarmedBeforeReady() {
        assertThat(warmUp.statuses())
                .containsEntry("/internal/stats/orders", 200)
                .containsEntry("/internal/orders/00000000-0000-0000-0000-000000000000", 404);
    }

    private void complete(String id) {
        User op = user("OPERATION");
        approve(id);
        http.post(ORDERS + "/" + id + "/assign", admin(), map("assigned_to_user_id", op.id()));
        http.put(ORDERS + "/" + id, op.token(), map("status_code", "processing"));
        assertThat(http.put(ORDERS + "/" + id, op.token(), map("status_code", "completed")).status()).isEqualTo(200);
    }

    @Test
    void ordersAndRevenueForAnalytics() {
        JsonNode before = http.get("/internal/stats/orders", serviceToken()).data();
        BigDecimal revenueBefore = before.get("total_revenue").decimalValue();
        User sales = user("SALES");
        // 100 IDR at rate 1 → 100 IDR; 10 CNY at 0.0005 CNY per IDR → 20 000 IDR; a submitted order counts no revenue
        String idr = order(sales, customer("PT A"), List.of(item(1, 100, 0)), "currency_code", "IDR",
                "exchange_rate", 1).get("id").asText();
        String cny = order(sales, customer("PT B"), List.of(map("quantity", 1, "unit_price", 10,
                "service_type_name_zh", "签证")), "exchange_rate", "0.0005").get("id").asText();
        order(sales);
        complete(idr);
        complete(cny);
        Resp r = http.get("/internal/stats/orders", serviceToken());
        assertThat(r.status()).isEqualTo(200);
        JsonNode after = r.data();
        assertThat(after.get("total").asLong() - before.get("total").asLong()).isEqualTo(3);
        assertThat(after.get("by_status").get("completed").asLong()
                - before.path("by_status").path("completed").asLong(0)).isEqualTo(2);
        assertThat(after.get("by_service_type").get("签证").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(after.get("total_revenue").decimalValue().subtract(revenueBefore))
                .isEqualByComparingTo("20100.00");
        String today = LocalDate.now().toString();
        assertThat(http.get("/internal/stats/orders?start_date=" + today + "&end_date=" + today, serviceToken())
                .data().get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(http.get("/internal/stats/orders?start_date=2000-01-01&end_date=2000-01-02", serviceToken())
                .data().get("total").asLong()).isZero();
        JsonNode day = http.get("/internal/stats/revenue?period=day", serviceToken()).data();
        assertThat(day.get("data")).hasSize(30);
        assertThat(day.get("data").get(29).get("date").asText()).isEqualTo(today);
        assertThat(day.get("data").get(29).get("value").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("20100"));
        assertThat(http.get("/internal/stats/revenue", serviceToken()).data().get("data")).hasSize(12);
        assertThat(http.get("/internal/stats/revenue?period=week", serviceToken()).data().get("data")).hasSize(12);
        assertThat(http.get("/internal/stats/revenue?period=year", serviceToken()).fields()).containsExactly("period");
        assertThat(http.get("/internal/stats/orders", sales.token()).status()).isEqualTo(403);
        assertThat(http.get("/internal/stats/orders", null).status()).isEqualTo(401);
    }
}
