package com.bantu.business.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.business.IntegrationTestBase;
import com.bantu.common.test.PrometheusText;
import com.bantu.common.test.TestHttp.Resp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bantu_orders_placed_total} moves with each committed order, and not with a refused one. */
class OrderMetricsIT extends IntegrationTestBase {

    private double created() {
        Resp r = http.get("/actuator/prometheus", admin()); // ADMIN on the API port (open on the management port)
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        double v = PrometheusText.value(r.raw(), "bantu_orders_placed_total");
        assertThat(v).as("bantu_orders_placed_total is exposed in %s", r.raw().lines()
                .filter(l -> l.contains("bantu")).toList()).isNotNaN();
        return v;
    }

    @Test
    void ordersPlacedCountsCommittedOrdersOnly() {
        User sales = user("SALES");
        double before = created();
        order(sales);
        order(sales, customer("PT Dua"), List.of(item(2, 50, 0)));
        assertThat(created()).isEqualTo(before + 2);

        // refused inside the inserting transaction (negative final amount): rolled back, not counted
        Resp refused = http.post(ORDERS, sales.token(), map("title", "T", "customer_id", customer("PT Tiga"),
                "sales_user_id", sales.id(), "order_items", List.of(item(1, 10, 0)), "discount_amount", "10.01"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(created()).isEqualTo(before + 2);
    }
}
