package com.bantu.finance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.security.JwtService;
import com.bantu.common.test.SeededGrants;
import com.bantu.common.test.TestHttp.Resp;
import com.bantu.finance.IntegrationTestBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The party rollup behind by-customer and by-sales-user stays exact, and the reports keep to the caller's data scope.
 * All rows dated 1993 (no other test uses that year; its rows are removed first).
 * <pre>
 * order X IDR 3 000 000, sales S1: X1 1 000 000 due 1993-05-10, X2 2 000 000 due 1993-06-20;
 *         paid X1 1 000 000 on 05-10 and X2 500 000 on 06-01 (confirmed concurrently)
 * order Y SGD 1 000, sales S1: Y1 600 due 05-10, Y2 400 due 05-31 moved to 07-01;
 *         paid Y1 200 + 300 on 06-01 (concurrently), refunded 50 on 06-02; a pending 10 on 06-03 counts nowhere
 * order Z SGD 500, sales S2: Z1 300 due 06-15 paid on 06-15, Z2 200 without due date, cancelled;
 *         then moved to sales user S3 and another customer
 * 1993, by sales user: S1 IDR 3 000 000 / 1 500 000, S1 SGD 1 000 / 450, S3 SGD 300 / 300 (S2 has nothing left)
 * S1's own summary: IDR 3 000 000 / 1 500 000 (2 payments), SGD 1 000 / 450 (3 payments)
 * </pre>
 */
class PartyRollupsIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportRollups rollups;

    @Test
    void partyRollupEqualsAFullRecountAndReportsMatchTheOldScanForEveryRangeShape() throws Exception {
        jdbc.update("DELETE FROM payments WHERE payment_date BETWEEN '1993-01-01' AND '1993-12-31'");
        jdbc.update("DELETE FROM payment_stages WHERE due_date BETWEEN '1993-01-01' AND '1993-12-31'");
        rollups.rebuild();
        String s1 = uuid();
        String s2 = uuid();
        String s3 = uuid();
        String fin = finance();
        String x = order(s1, "IDR", "3000000", "1");
        String y = order(s1, "SGD", "1000", "0.0001");
        String z = order(s2, "SGD", "500", "0.0001");
        JsonNode px = plan(x, List.of(stage(1, "1000000", "1993-05-10"), stage(2, "2000000", "1993-06-20")));
        JsonNode py = plan(y, List.of(stage(1, "600", "1993-05-10"), stage(2, "400", "1993-05-31")));
        JsonNode pz = plan(z, List.of(stage(1, "300", "1993-06-15"), stage(2, "200", null)));
        confirmTogether(fin,
                created(fin, x, px.at("/stages/0/id").asText(), "receipt", "1000000", "IDR", "1993-05-10"),
                created(fin, x, px.at("/stages/1/id").asText(), "receipt", "500000", "IDR", "1993-06-01"));
        String y1 = py.at("/stages/0/id").asText();
        confirmTogether(fin, created(fin, y, y1, "receipt", "200", "SGD", "1993-06-01"),
                created(fin, y, y1, "receipt", "300", "SGD", "1993-06-01"));
        paid(payment(y, y1, "refund", "50", "SGD", "1993-06-02"));
        assertThat(pay(fin, uuid(), payment(y, y1, "receipt", "10", "SGD", "1993-06-03")).status()).isEqualTo(201);
        Resp moved = http.put("/api/finance/receivables/" + py.at("/stages/1/id").asText(), fin,
                map("due_date", "1993-07-01"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        paid(payment(z, pz.at("/stages/0/id").asText(), "receipt", "300", "SGD", "1993-06-15"));
        Resp cancelled = http.post("/api/finance/receivables/" + pz.at("/stages/1/id").asText() + "/cancel", fin,
                map("reason", "dropped"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Resp reassigned = event(uuid(), "order.submitted", map("order_id", z, "order_number", "ORD-Z",
                "customer_id", "cust-z-" + s3.substring(0, 6), "customer_name", "Customer Z", "sales_user_id", s3,
                "currency_code", "SGD", "final_amount", new BigDecimal("500"), "title", "t"));
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);

        // the maintained rollup equals a recount written here from the base tables (every row, every test's data)
        assertThat(rows("SELECT month_key, customer_id, sales_user_id, organization_id, currency_code, stage_count, "
                + "receivable, payment_count, received FROM report_party_months "
                + "WHERE stage_count > 0 OR payment_count > 0"))
                .isEqualTo(rows("SELECT t.mk, COALESCE(o.customer_id, ''), COALESCE(o.sales_user_id, ''), "
                        + "COALESCE(o.organization_id, ''), t.cur, SUM(t.sc), SUM(t.rec), SUM(t.pc), SUM(t.recv) "
                        + "FROM (" + BASE_ROWS + ") t JOIN finance_orders o ON o.id = t.order_id "
                        + "GROUP BY t.mk, o.customer_id, o.sales_user_id, o.organization_id, t.cur"));

        // the per-sales-user day rollups equal a recount from the base tables too (Z's rows moved from S2 to S3)
        assertThat(rows("SELECT sales_user_id, due_key, currency_code, stage_count, receivable, outstanding, "
                + "receivable_idr, outstanding_idr FROM report_sales_stage_days WHERE stage_count > 0"))
                .isEqualTo(rows("SELECT COALESCE(o.sales_user_id, ''), COALESCE(s.due_date, DATE '9999-12-31'), "
                        + "s.currency_code, COUNT(*), SUM(s.amount), SUM(GREATEST(s.remaining_amount, 0)), "
                        + "COALESCE(SUM(s.amount / " + RATE + "), 0), "
                        + "COALESCE(SUM(GREATEST(s.remaining_amount, 0) / " + RATE + "), 0) "
                        + "FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id "
                        + "WHERE s.status <> 'cancelled' GROUP BY 1, 2, 3"));
        assertThat(rows("SELECT sales_user_id, payment_date, currency_code, payment_count, received, received_idr "
                + "FROM report_sales_payment_days WHERE payment_count > 0"))
                .isEqualTo(rows("SELECT COALESCE(o.sales_user_id, ''), p.payment_date, p.currency_code, COUNT(*), "
                        + "SUM(IF(p.payment_type = 'refund', -p.amount, p.amount)), "
                        + "COALESCE(SUM(IF(p.payment_type = 'refund', -p.amount, p.amount) / " + RATE + "), 0) "
                        + "FROM payments p JOIN finance_orders o ON o.id = p.order_id WHERE p.status = 'confirmed' "
                        + "GROUP BY 1, 2, 3"));
        assertThat(rows("SELECT sales_user_id, currency_code, SUM(stage_count) FROM report_sales_stage_days "
                + "WHERE due_key BETWEEN '1993-01-01' AND '1993-12-31' AND sales_user_id IN ('" + s2 + "', '" + s3
                + "') AND stage_count > 0 GROUP BY 1, 2")).containsExactly(s3 + " SGD 1");

        // the reports equal the per-request scan they replaced, for each shape of range
        String[][] ranges = {{"1993-01-01", "1993-12-31"}, {"1993-05-10", "1993-06-01"}, {"1993-05-11", "1993-07-31"},
                {"1993-06-01", "1993-06-30"}, {"1993-05-01", "1993-06-15"}, {"1993-06-02", "1993-07-01"}};
        for (String[] r : ranges) {
            String q = "start_date=" + r[0] + "&end_date=" + r[1] + "&size=1000";
            for (String kind : new String[] {"customer", "sales_user"}) {
                assertThat(report("/api/finance/reports/by-" + kind.replace('_', '-') + "?" + q, fin, kind))
                        .as(kind + " " + q).isEqualTo(scan(kind, r[0], r[1], null));
            }
        }
        String own = token(s1, "SALES");
        for (String q : new String[] {"", "start_date=1993-05-15", "end_date=1993-06-10",
                "start_date=1993-06-01&end_date=1993-06-01"}) {
            String[] r = {param(q, "start_date"), param(q, "end_date")};
            for (String kind : new String[] {"customer", "sales_user"}) {
                assertThat(report("/api/finance/reports/by-" + kind.replace('_', '-') + "?size=1000&" + q, own, kind))
                        .as("SALES " + kind + " " + q).isEqualTo(scan(kind, r[0], r[1], s1));
            }
        }

        // a SALES user's summary, by-period and aging (per-sales-user rollups) equal the same user's reports counted
        // over the orders (an organization scope naming no organization: same orders, the counting path)
        String counted = jwt.issueAccess(SeededGrants.apply(new JwtService.Subject(s1, "sales-user", null,
                List.of("SALES"), null, 0, List.of(), "org", List.of("no-org")))).token();
        for (String path : new String[] {"/api/finance/reports/summary", "/api/finance/reports/summary?"
                + "start_date=1993-05-15&end_date=1993-06-30", "/api/finance/reports/by-period?period=month",
                "/api/finance/reports/by-period?period=day&start_date=1993-01-01&end_date=1993-12-31",
                "/api/finance/reports/aging?as_of=1993-07-15", "/api/finance/reports/aging?as_of=1993-06-10"}) {
            Resp rolled = http.get(path, own);
            assertThat(rolled.status()).as(path + " " + rolled).isEqualTo(200);
            assertThat(rolled.data()).as(path).isEqualTo(http.get(path, counted).data());
        }

        // the hand figures
        assertThat(report("/api/finance/reports/by-sales-user?start_date=1993-01-01&end_date=1993-12-31", fin,
                "sales_user")).containsExactlyInAnyOrder(s1 + " IDR 3000000 1500000", s1 + " SGD 1000 450",
                s3 + " SGD 300 300");
    }

    @Test
    void salesUsersReportOnTheirOwnOrdersOnlyAndOtherRolesAreRefused() {
        String s1 = uuid();
        String s2 = uuid();
        String mine = order(s1, "SGD", "1000", "0.0001");
        String theirs = order(s2, "SGD", "700", "0.0001");
        JsonNode pm = plan(mine, List.of(stage(1, "1000", "1992-03-10")));
        JsonNode pt = plan(theirs, List.of(stage(1, "700", "1992-03-10")));
        paid(payment(mine, pm.at("/stages/0/id").asText(), "receipt", "400", "SGD", "1992-03-12"));
        paid(payment(theirs, pt.at("/stages/0/id").asText(), "receipt", "700", "SGD", "1992-03-12"));
        String own = token(s1, "SALES");
        String range = "start_date=1992-03-01&end_date=1992-03-31";

        Resp summary = http.get("/api/finance/reports/summary?" + range, own);
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        JsonNode sgd = summary.data().at("/currencies/0");
        assertThat(summary.data().get("currencies")).hasSize(1);
        assertThat(plain(sgd, "receivable") + " " + plain(sgd, "received") + " " + plain(sgd, "outstanding") + " "
                + sgd.get("payments_count").asLong()).isEqualTo("1000 400 600 1");
        assertThat(plain(summary.data().get("base_idr"), "received")).isEqualTo("4000000");

        Resp period = http.get("/api/finance/reports/by-period?period=month&" + range, own);
        assertThat(period.data().get("data")).hasSize(1);
        assertThat(plain(period.data().at("/data/0"), "received") + " " + plain(period.data().at("/data/0"),
                "receivable")).isEqualTo("400 1000");

        Resp aging = http.get("/api/finance/reports/aging?as_of=1992-04-01", own);
        assertThat(aging.data().get("buckets")).hasSize(1);
        assertThat(plain(aging.data().at("/buckets/0"), "d1_30")).isEqualTo("600");

        assertThat(report("/api/finance/reports/by-sales-user?" + range, own, "sales_user"))
                .containsExactly(s1 + " SGD 1000 400");
        assertThat(report("/api/finance/reports/by-customer?" + range, own, "customer")).hasSize(1);

        Resp stats = http.get("/api/finance/statistics", own);
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        assertThat(stats.data().get("payments_by_status").get("confirmed").asLong()).isEqualTo(1);
        long stages = 0;
        for (JsonNode n : stats.data().get("receivables_by_status")) {
            stages += n.asLong();
        }
        assertThat(stages).isEqualTo(1);

        // someone else's view of the same month: the other order only; a SALES user without orders sees nothing
        assertThat(report("/api/finance/reports/by-sales-user?" + range, token(s2, "SALES"), "sales_user"))
                .containsExactly(s2 + " SGD 700 700");
        assertThat(http.get("/api/finance/reports/summary?" + range, token("SALES")).data().get("currencies"))
                .isEmpty();
        for (String role : new String[] {"OPERATION", "AGENT"}) {
            for (String path : new String[] {"/reports/summary", "/reports/by-customer", "/reports/aging",
                    "/statistics"}) {
                assertThat(http.get("/api/finance" + path, token(role)).status()).as(role + " " + path)
                        .isEqualTo(403);
            }
        }
    }

    private static final String RATE = "COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)";

    /** Every stage and confirmed payment as (order, month yyyymm or 0 for all time, currency, counts, amounts). */
    private static final String BASE_ROWS = "SELECT s.order_id, CAST(DATE_FORMAT(s.due_date, '%Y%m') AS UNSIGNED) mk, "
            + "s.currency_code cur, 1 sc, s.amount rec, 0 pc, 0 recv FROM payment_stages s "
            + "WHERE s.status <> 'cancelled' AND s.due_date IS NOT NULL "
            + "UNION ALL SELECT s.order_id, 0, s.currency_code, 1, s.amount, 0, 0 FROM payment_stages s "
            + "WHERE s.status <> 'cancelled' "
            + "UNION ALL SELECT p.order_id, CAST(DATE_FORMAT(p.payment_date, '%Y%m') AS UNSIGNED), p.currency_code, 0, 0, 1, "
            + "IF(p.payment_type = 'refund', -p.amount, p.amount) FROM payments p WHERE p.status = 'confirmed' "
            + "UNION ALL SELECT p.order_id, 0, p.currency_code, 0, 0, 1, "
            + "IF(p.payment_type = 'refund', -p.amount, p.amount) FROM payments p WHERE p.status = 'confirmed'";

    /** The by-party query the reports ran before the rollup (a scan of the range's stages and payments). */
    private List<String> scan(String kind, String start, String end, String salesUser) {
        List<Object> args = new ArrayList<>();
        String stages = filter("s.due_date", start, end, salesUser, args);
        String payments = filter("p.payment_date", start, end, salesUser, args);
        List<String> out = jdbc.query("SELECT t.k, t.cur, SUM(t.rec), SUM(t.recv) FROM ("
                + "SELECT o." + kind + "_id k, s.currency_code cur, s.amount rec, 0 recv FROM payment_stages s "
                + "JOIN finance_orders o ON o.id = s.order_id WHERE s.status <> 'cancelled'" + stages
                + " UNION ALL SELECT o." + kind + "_id, p.currency_code, 0, "
                + "IF(p.payment_type = 'refund', -p.amount, p.amount) FROM payments p "
                + "JOIN finance_orders o ON o.id = p.order_id WHERE p.status = 'confirmed'" + payments
                + ") t GROUP BY t.k, t.cur", (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " "
                + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + " "
                + rs.getBigDecimal(4).stripTrailingZeros().toPlainString(), args.toArray());
        out.sort(null);
        return out;
    }

    private static String filter(String column, String start, String end, String salesUser, List<Object> args) {
        StringBuilder f = new StringBuilder();
        if (start != null) {
            f.append(" AND ").append(column).append(" >= ?");
            args.add(start);
        }
        if (end != null) {
            f.append(" AND ").append(column).append(" <= ?");
            args.add(end);
        }
        if (salesUser != null) {
            f.append(" AND o.sales_user_id = ?");
            args.add(salesUser);
        }
        return f.toString();
    }

    /** A by-customer / by-sales-user answer as sorted "id currency receivable received" lines (one page). */
    private List<String> report(String path, String token, String kind) {
        Resp r = http.get(path, token);
        assertThat(r.status()).as(path + " " + r).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.data().get("items").forEach(i -> {
            JsonNode id = i.get(kind + "_id");
            assertThat(plain(i, "outstanding")).isEqualTo(i.get("receivable").decimalValue()
                    .subtract(i.get("received").decimalValue()).stripTrailingZeros().toPlainString());
            out.add((id == null || id.isNull() ? "null" : id.asText()) + " " + i.get("currency_code").asText() + " "
                    + plain(i, "receivable") + " " + plain(i, "received"));
        });
        assertThat(r.data().get("total").asLong()).isEqualTo(out.size());
        out.sort(null);
        return out;
    }

    private static String param(String query, String name) {
        Map<String, String> m = new HashMap<>();
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                m.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return m.get(name);
    }

    /** Rows as space-separated values, numbers without trailing zeros, sorted. */
    private List<String> rows(String sql) {
        List<String> out = jdbc.query(sql, (rs, i) -> {
            StringBuilder row = new StringBuilder();
            for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                Object v = rs.getObject(k);
                row.append(k > 1 ? " " : "").append(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : String.valueOf(v));
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
