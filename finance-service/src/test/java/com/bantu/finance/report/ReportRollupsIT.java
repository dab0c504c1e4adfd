package com.bantu.finance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The day rollups the reports read stay exact: after plans, concurrent confirms (two stages of one day and currency,
 * and two payments of one stage), a refund, a due date moved and an order's exchange rate changed, both rollup
 * tables equal a full recount written here from the base tables, and the reports give the figures computed by hand.
 * <pre>
 * order X IDR 3 000 000 (rate 1): X1 1 000 000 and X2 2 000 000 due 1994-05-10; paid X1 1 000 000, X2 500 000 on 06-01
 * order Y SGD 1 000 (rate 0.00005, later 0.0001): Y1 600 due 1994-05-10, Y2 400 due 1994-05-10 then moved to 07-01;
 *         paid Y1 200 + 300 on 06-01, refunded 50 on 06-02
 * IDR: receivable 3 000 000, received 1 500 000, outstanding = overdue 1 500 000, 2 payments
 * SGD: receivable 1 000, received 450, outstanding = overdue 150 + 400 = 550, 3 payments
 * (SGD: a currency no other test uses, so the aging totals other tests assert are not changed by these rows)
 * base IDR at the new rate: receivable 3 000 000 + 10 000 000, received 1 500 000 + 4 500 000,
 *         outstanding 1 500 000 + 5 500 000
 * </pre>
 */
class ReportRollupsIT extends IntegrationTestBase {

    private static final String RANGE = "start_date=1994-01-01&end_date=1994-12-31";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportRollups rollups;

    @Test
    void rollupsEqualAFullRecountAfterConcurrentConfirmsAndReportsAgreeWithTheHandFigures() throws Exception {
        jdbc.update("DELETE FROM payments WHERE payment_date BETWEEN '1994-01-01' AND '1994-12-31'");
        jdbc.update("DELETE FROM payment_stages WHERE due_date BETWEEN '1994-01-01' AND '1994-12-31'");
        rollups.rebuild();
        String salesUser = uuid();
        String x = order(salesUser, "IDR", "3000000", "1");
        String y = order(salesUser, "SGD", "1000", "0.00005");
        JsonNode px = plan(x, List.of(stage(1, "1000000", "1994-05-10"), stage(2, "2000000", "1994-05-10")));
        JsonNode py = plan(y, List.of(stage(1, "600", "1994-05-10"), stage(2, "400", "1994-05-10")));
        String fin = finance();
        // two stages of one day and currency (the same rollup row), then two payments of one stage
        confirmTogether(fin,
                created(fin, x, px.at("/stages/0/id").asText(), "receipt", "1000000", "IDR", "1994-06-01"),
                created(fin, x, px.at("/stages/1/id").asText(), "receipt", "500000", "IDR", "1994-06-01"));
        String y1 = py.at("/stages/0/id").asText();
        confirmTogether(fin, created(fin, y, y1, "receipt", "200", "SGD", "1994-06-01"),
                created(fin, y, y1, "receipt", "300", "SGD", "1994-06-01"));
        paid(payment(y, y1, "refund", "50", "SGD", "1994-06-02"));
        // a pending payment counts nowhere
        assertThat(pay(fin, uuid(), payment(y, y1, "receipt", "10", "SGD", "1994-06-03")).status()).isEqualTo(201);
        Resp moved = http.put("/api/finance/receivables/" + py.at("/stages/1/id").asText(), fin,
                map("due_date", "1994-07-01"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Resp rate = event(uuid(), "order.submitted", map("order_id", y, "order_number", "ORD-Y", "customer_id", "c-y",
                "customer_name", "Customer Y", "sales_user_id", salesUser, "currency_code", "SGD", "final_amount",
                new BigDecimal("1000"), "exchange_rate", new BigDecimal("0.0001"), "title", "t"));
        assertThat(rate.status()).as(rate.toString()).isEqualTo(200);

        assertThat(table("SELECT due_key, currency_code, stage_count, receivable, outstanding, receivable_idr, "
                + "outstanding_idr FROM report_stage_days WHERE stage_count > 0"))
                .isEqualTo(table("SELECT COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code, COUNT(*), "
                        + "SUM(s.amount), SUM(GREATEST(s.remaining_amount, 0)), COALESCE(SUM(s.amount / r.rate), 0), "
                        + "COALESCE(SUM(GREATEST(s.remaining_amount, 0) / r.rate), 0) FROM payment_stages s JOIN ("
                        + RATES + ") r ON r.id = s.order_id WHERE s.status <> 'cancelled' "
                        + "GROUP BY COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code"));
        assertThat(table("SELECT payment_date, currency_code, payment_count, received, received_idr "
                + "FROM report_payment_days WHERE payment_count > 0"))
                .isEqualTo(table("SELECT p.payment_date, p.currency_code, COUNT(*), "
                        + "SUM(IF(p.payment_type = 'refund', -p.amount, p.amount)), "
                        + "COALESCE(SUM(IF(p.payment_type = 'refund', -p.amount, p.amount) / r.rate), 0) "
                        + "FROM payments p JOIN (" + RATES + ") r ON r.id = p.order_id WHERE p.status = 'confirmed' "
                        + "GROUP BY p.payment_date, p.currency_code"));

        Resp summary = http.get("/api/finance/reports/summary?" + RANGE, fin);
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        summary.data().get("currencies").forEach(c -> rows.add(c.get("currency_code").asText() + " "
                + plain(c, "receivable") + " " + plain(c, "received") + " " + plain(c, "outstanding") + " "
                + plain(c, "overdue") + " " + c.get("payments_count").asLong()));
        assertThat(rows).containsExactlyInAnyOrder("IDR 3000000 1500000 1500000 1500000 2", "SGD 1000 450 550 550 3");
        JsonNode idr = summary.data().get("base_idr");
        assertThat(plain(idr, "receivable") + " " + plain(idr, "received") + " " + plain(idr, "outstanding") + " "
                + plain(idr, "overdue")).isEqualTo("13000000 6000000 7000000 7000000");

        List<String> points = new ArrayList<>();
        http.get("/api/finance/reports/by-period?period=month&" + RANGE, fin).data().get("data").forEach(p ->
                points.add(p.get("date").asText() + " " + p.get("currency_code").asText() + " " + plain(p, "received")
                        + " " + plain(p, "receivable")));
        assertThat(points).containsExactly("1994-05 IDR 0 3000000", "1994-05 SGD 0 600", "1994-06 IDR 1500000 0",
                "1994-06 SGD 450 0", "1994-07 SGD 0 400");

        Map<String, JsonNode> aging = new TreeMap<>();
        http.get("/api/finance/reports/aging?as_of=1994-07-15", fin).data().get("buckets")
                .forEach(b -> aging.put(b.get("currency_code").asText(), b));
        assertThat(plain(aging.get("SGD"), "d1_30") + " " + plain(aging.get("SGD"), "d61_90")).isEqualTo("400 150");
        assertThat(plain(aging.get("IDR"), "d61_90")).isEqualTo("1500000");
    }

    /** Each order's rate as the reports use it (an IDR order without a rate counts at 1). */
    private static final String RATES = "SELECT id, COALESCE(exchange_rate, IF(currency_code = 'IDR', 1, NULL)) rate "
            + "FROM finance_orders";

    /** Rows as "day currency count sum…" strings, numbers without trailing zeros, sorted. */
    private List<String> table(String sql) {
        List<String> out = jdbc.query(sql, (rs, i) -> {
            StringBuilder row = new StringBuilder(rs.getObject(1, LocalDate.class) + " " + rs.getString(2) + " "
                    + rs.getLong(3));
            for (int k = 4; k <= rs.getMetaData().getColumnCount(); k++) {
                row.append(' ').append(rs.getBigDecimal(k).stripTrailingZeros().toPlainString());
            }
            return row.toString();
        });
        out.sort(null);
        return out;
    }

    private static String plain(JsonNode node, String field) {
        return node.get(field).decimalValue().stripTrailingZeros().toPlainString();
    }
}
