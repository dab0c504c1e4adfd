package com.bantu.finance.report;

import com.bantu.finance.report.PartyRollups.SalesFiling;
import com.bantu.finance.report.ReportRollups.Day;
import com.bantu.finance.report.ReportRollups.Touched;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The day rollups per sales user, {@code report_sales_stage_days} and {@code report_sales_payment_days}: the same
 * columns as {@code report_stage_days} and {@code report_payment_days} with the order's sales user ({@code ''} for
 * none) as the first key column, so a SALES caller's summary, by-period and aging read their own rows only.
 * <p>
 * Kept exact like the day rollups (lock the row, recount it from the base tables), with one addition: which sales
 * user a stage or payment counts for depends on its order, and an order can be reassigned. So the rows are chosen
 * after {@link PartyRollups} has locked the orders' filing rows: each order's days are recounted for the sales user
 * it is filed under now, and, when it moved, for the one it was filed under before (then on every day it has rows).
 * A reassignment and a payment on the same order therefore run one after the other, and the second sees the first's
 * sales user. Rows are locked in key order after the party rows, the same order in every transaction.
 */
final class SalesRollups {

    private SalesRollups() {
    }

    record SalesDay(String salesUser, Day day) implements Comparable<SalesDay> {
        private static final Comparator<SalesDay> ORDER = Comparator.comparing(SalesDay::salesUser)
                .thenComparing(SalesDay::day);

        @Override
        public int compareTo(SalesDay o) {
            return ORDER.compare(this, o);
        }
    }

    static void apply(Connection c, Touched t, Map<String, SalesFiling> filings) throws SQLException {
        Set<SalesDay> stageKeys = new TreeSet<>();
        Set<SalesDay> paymentKeys = new TreeSet<>();
        for (Map.Entry<String, SalesFiling> e : filings.entrySet()) {
            String orderId = e.getKey();
            SalesFiling f = e.getValue();
            Set<Day> stageDays = new TreeSet<>(t.stageDaysByOrder.getOrDefault(orderId, Set.of()));
            Set<Day> paymentDays = new TreeSet<>(t.paymentDaysByOrder.getOrDefault(orderId, Set.of()));
            if (f.moved() || t.orders.contains(orderId)) {
                PartyRollups.forEachRow(c, "SELECT DISTINCT COALESCE(due_date, DATE '9999-12-31'), currency_code "
                        + "FROM payment_stages WHERE order_id = ?", orderId,
                        rs -> stageDays.add(new Day(rs.getObject(1, java.time.LocalDate.class), rs.getString(2))));
                PartyRollups.forEachRow(c, "SELECT DISTINCT payment_date, currency_code FROM payments "
                        + "WHERE order_id = ? AND status = 'confirmed'", orderId,
                        rs -> paymentDays.add(new Day(rs.getObject(1, java.time.LocalDate.class), rs.getString(2))));
            }
            for (String user : f.moved() ? new String[] {f.before(), f.now()} : new String[] {f.now()}) {
                stageDays.forEach(d -> stageKeys.add(new SalesDay(user, d)));
                paymentDays.forEach(d -> paymentKeys.add(new SalesDay(user, d)));
            }
        }
        for (SalesDay k : stageKeys) {
            boolean noDue = k.day().day().equals(ReportRollups.NO_DUE_DATE);
            recount(c, k, "INSERT INTO report_sales_stage_days (sales_user_id, due_key, currency_code, stage_count, "
                            + "receivable, outstanding, receivable_idr, outstanding_idr) VALUES (?, ?, ?, 0, 0, 0, 0, 0) "
                            + "ON DUPLICATE KEY UPDATE stage_count = stage_count",
                    "SELECT " + ReportRollups.STAGE_SUMS + " FROM payment_stages s "
                            + "JOIN finance_orders o ON o.id = s.order_id WHERE s.status <> 'cancelled' "
                            + "AND COALESCE(o.sales_user_id, '') = ? AND s.currency_code = ? AND "
                            + (noDue ? "s.due_date IS NULL" : "s.due_date = ?"),
                    "UPDATE report_sales_stage_days SET stage_count = ?, receivable = ?, outstanding = ?, "
                            + "receivable_idr = ?, outstanding_idr = ? WHERE sales_user_id = ? AND due_key = ? "
                            + "AND currency_code = ?",
                    !noDue);
        }
        for (SalesDay k : paymentKeys) {
            recount(c, k, "INSERT INTO report_sales_payment_days (sales_user_id, payment_date, currency_code, "
                            + "payment_count, received, received_idr) VALUES (?, ?, ?, 0, 0, 0) "
                            + "ON DUPLICATE KEY UPDATE payment_count = payment_count",
                    "SELECT " + ReportRollups.PAYMENT_SUMS + " FROM payments p JOIN finance_orders o "
                            + "ON o.id = p.order_id WHERE p.status = 'confirmed' AND COALESCE(o.sales_user_id, '') = ? "
                            + "AND p.currency_code = ? AND p.payment_date = ?",
                    "UPDATE report_sales_payment_days SET payment_count = ?, received = ?, received_idr = ? "
                            + "WHERE sales_user_id = ? AND payment_date = ? AND currency_code = ?",
                    true);
        }
    }

    /** Lock (creating the row if needed), recount with a plain read of committed rows, write. */
    private static void recount(Connection c, SalesDay k, String lock, String count, String write, boolean byDay)
            throws SQLException {
        Date day = Date.valueOf(k.day().day());
        String currency = k.day().currency();
        try (PreparedStatement ps = c.prepareStatement(lock)) {
            ps.setString(1, k.salesUser());
            ps.setDate(2, day);
            ps.setString(3, currency);
            ps.executeUpdate();
        }
        Object[] sums;
        try (PreparedStatement ps = c.prepareStatement(count)) {
            ps.setString(1, k.salesUser());
            ps.setString(2, currency);
            if (byDay) {
                ps.setDate(3, day);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int n = rs.getMetaData().getColumnCount();
                sums = new Object[n];
                sums[0] = rs.getLong(1);
                for (int i = 2; i <= n; i++) {
                    sums[i - 1] = rs.getBigDecimal(i);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(write)) {
            int i = 1;
            for (Object v : sums) {
                ps.setObject(i++, v);
            }
            ps.setString(i++, k.salesUser());
            ps.setDate(i++, day);
            ps.setString(i, currency);
            ps.executeUpdate();
        }
    }

    /** Full recount of both tables from the base tables (part of {@link ReportRollups#rebuild()}). */
    static int[] rebuild(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM report_sales_stage_days");
        jdbc.update("DELETE FROM report_sales_payment_days");
        return new int[] {jdbc.update(FILL_STAGE_DAYS), jdbc.update(FILL_PAYMENT_DAYS)};
    }

    // The same two statements fill the tables in migration V6 (keep them in step).
    private static final String FILL_STAGE_DAYS = "INSERT INTO report_sales_stage_days (sales_user_id, due_key, "
            + "currency_code, stage_count, receivable, outstanding, receivable_idr, outstanding_idr) "
            + "SELECT COALESCE(o.sales_user_id, ''), COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code, "
            + ReportRollups.STAGE_SUMS + " FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id "
            + "WHERE s.status <> 'cancelled' "
            + "GROUP BY COALESCE(o.sales_user_id, ''), COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code";
    private static final String FILL_PAYMENT_DAYS = "INSERT INTO report_sales_payment_days (sales_user_id, "
            + "payment_date, currency_code, payment_count, received, received_idr) "
            + "SELECT COALESCE(o.sales_user_id, ''), p.payment_date, p.currency_code, " + ReportRollups.PAYMENT_SUMS
            + " FROM payments p JOIN finance_orders o ON o.id = p.order_id WHERE p.status = 'confirmed' "
            + "GROUP BY COALESCE(o.sales_user_id, ''), p.payment_date, p.currency_code";
}
