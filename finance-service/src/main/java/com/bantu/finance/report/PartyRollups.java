package com.bantu.finance.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rollup behind the by-customer and by-sales-user reports: {@code report_party_months}, one row per (customer,
 * sales user, organization, currency, month) with the stage count and receivable of non-cancelled stages by due
 * month, and the count and net of confirmed payments by payment month; month {@link #ALL_TIME} holds the totals
 * (stages without a due date included). The sales user and organization columns let a SALES caller's report read
 * only their own rows.
 * <p>
 * Kept exact by increments that are themselves recounts: each order's current contribution is stored in
 * {@code report_order_months}, and the party it is filed under in {@code report_order_parties}. When a transaction
 * changed an order's stages, confirmed payments or parties, just before commit its filing row is locked (orders in id
 * order), its contribution recounted from the order's own stages and payments (a handful of rows, read committed),
 * and the difference to the stored contribution is added to the party rows (locked in key order). A second
 * transaction on the same order waits for the first and then sees its rows and its stored contribution, so nothing
 * is counted twice or lost; transactions on different orders of one party add their differences to the same rows
 * one after the other. An order moved to another customer or sales user takes its whole contribution along.
 */
final class PartyRollups {

    /** The month key of the all-time totals; real months are {@code yyyy * 100 + mm}. */
    static final int ALL_TIME = 0;

    private static final String SIGNED = "CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END";
    private static final String ZERO = "CAST(0 AS DECIMAL(18,2))";

    private PartyRollups() {
    }

    static int monthKey(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    record Party(String customer, String salesUser, String organization) implements Comparable<Party> {
        private static final Comparator<Party> ORDER = Comparator.comparing(Party::customer)
                .thenComparing(Party::salesUser).thenComparing(Party::organization);

        @Override
        public int compareTo(Party o) {
            return ORDER.compare(this, o);
        }
    }

    record Cell(int month, String currency) implements Comparable<Cell> {
        private static final Comparator<Cell> ORDER = Comparator.comparingInt(Cell::month)
                .thenComparing(Cell::currency);

        @Override
        public int compareTo(Cell o) {
            return ORDER.compare(this, o);
        }
    }

    /** A party row's key, in the order rows are locked. */
    record Key(Cell cell, Party party) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::cell).thenComparing(Key::party);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    static final class Sums {
        long stages;
        BigDecimal receivable = BigDecimal.ZERO;
        long payments;
        BigDecimal received = BigDecimal.ZERO;

        void add(Sums o, int sign) {
            stages += sign * o.stages;
            payments += sign * o.payments;
            receivable = sign > 0 ? receivable.add(o.receivable) : receivable.subtract(o.receivable);
            received = sign > 0 ? received.add(o.received) : received.subtract(o.received);
        }

        boolean isZero() {
            return stages == 0 && payments == 0 && receivable.signum() == 0 && received.signum() == 0;
        }

        boolean sameAs(Sums o) {
            return stages == o.stages && payments == o.payments && receivable.compareTo(o.receivable) == 0
                    && received.compareTo(o.received) == 0;
        }
    }

    /**
     * Re-files the given orders (ids in ascending order) as described on the class. Answers, per order, the sales
     * user it was filed under before and the one it is filed under now (read while its filing row is locked, so a
     * concurrent reassignment of the order waits for this transaction, or this one for it).
     */
    static Map<String, SalesFiling> apply(Connection c, Set<String> orderIds) throws SQLException {
        Map<String, SalesFiling> filings = new TreeMap<>();
        Map<Key, Sums> deltas = new TreeMap<>();
        for (String orderId : new TreeSet<>(orderIds)) {
            update(c, "INSERT INTO report_order_parties (order_id, customer_id, sales_user_id, organization_id) "
                    + "VALUES (?, '', '', '') ON DUPLICATE KEY UPDATE customer_id = customer_id", orderId);
            Party filed = party(c, "SELECT customer_id, sales_user_id, organization_id FROM report_order_parties "
                    + "WHERE order_id = ?", orderId);
            Party now = party(c, "SELECT COALESCE(customer_id, ''), COALESCE(sales_user_id, ''), "
                    + "COALESCE(organization_id, '') FROM finance_orders WHERE id = ?", orderId);
            Map<Cell, Sums> before = stored(c, orderId);
            Map<Cell, Sums> after = recount(c, orderId);
            boolean moved = now != null && !now.equals(filed);
            Party target = now == null ? filed : now;
            filings.put(orderId, new SalesFiling(filed.salesUser(), target.salesUser()));
            before.forEach((cell, s) -> deltas.computeIfAbsent(new Key(cell, filed), k -> new Sums()).add(s, -1));
            after.forEach((cell, s) -> deltas.computeIfAbsent(new Key(cell, target), k -> new Sums()).add(s, 1));
            if (!same(before, after)) {
                update(c, "DELETE FROM report_order_months WHERE order_id = ?", orderId);
                for (Map.Entry<Cell, Sums> e : after.entrySet()) {
                    Sums s = e.getValue();
                    update(c, "INSERT INTO report_order_months (order_id, month_key, currency_code, stage_count, "
                            + "receivable, payment_count, received) VALUES (?, ?, ?, ?, ?, ?, ?)", orderId,
                            e.getKey().month(), e.getKey().currency(), s.stages, s.receivable, s.payments,
                            s.received);
                }
            }
            if (moved) {
                update(c, "UPDATE report_order_parties SET customer_id = ?, sales_user_id = ?, organization_id = ? "
                        + "WHERE order_id = ?", now.customer(), now.salesUser(), now.organization(), orderId);
            }
        }
        for (Map.Entry<Key, Sums> e : deltas.entrySet()) {
            Sums d = e.getValue();
            if (d.isZero()) {
                continue;
            }
            Key k = e.getKey();
            Object[] key = {k.party().customer(), k.party().salesUser(), k.party().organization(),
                    k.cell().currency(), k.cell().month()};
            update(c, "INSERT INTO report_party_months (customer_id, sales_user_id, organization_id, currency_code, "
                    + "month_key, stage_count, receivable, payment_count, received) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0) "
                    + "ON DUPLICATE KEY UPDATE stage_count = stage_count", key);
            update(c, "UPDATE report_party_months SET stage_count = stage_count + ?, receivable = receivable + ?, "
                    + "payment_count = payment_count + ?, received = received + ? WHERE customer_id = ? "
                    + "AND sales_user_id = ? AND organization_id = ? AND currency_code = ? AND month_key = ?",
                    d.stages, d.receivable, d.payments, d.received, key[0], key[1], key[2], key[3], key[4]);
        }
        return filings;
    }

    /** The sales user an order was filed under before this transaction and the one it is filed under now. */
    record SalesFiling(String before, String now) {
        boolean moved() {
            return !before.equals(now);
        }
    }

    private static boolean same(Map<Cell, Sums> a, Map<Cell, Sums> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().sameAs(b.get(e.getKey())));
    }

    /** The order's contribution now: its non-cancelled stages by due month, its confirmed payments by month. */
    private static Map<Cell, Sums> recount(Connection c, String orderId) throws SQLException {
        Map<Cell, Sums> out = new TreeMap<>();
        forEachRow(c, "SELECT due_date, currency_code, amount FROM payment_stages WHERE order_id = ? "
                + "AND status <> 'cancelled'", orderId, rs -> {
                    LocalDate due = rs.getObject(1, LocalDate.class);
                    for (int month : due == null ? new int[] {ALL_TIME} : new int[] {ALL_TIME, monthKey(due)}) {
                        Sums s = out.computeIfAbsent(new Cell(month, rs.getString(2)), k -> new Sums());
                        s.stages++;
                        s.receivable = s.receivable.add(rs.getBigDecimal(3));
                    }
                });
        forEachRow(c, "SELECT p.payment_date, p.currency_code, " + SIGNED + " FROM payments p WHERE p.order_id = ? "
                + "AND p.status = 'confirmed'", orderId, rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    for (int month : new int[] {ALL_TIME, monthKey(day)}) {
                        Sums s = out.computeIfAbsent(new Cell(month, rs.getString(2)), k -> new Sums());
                        s.payments++;
                        s.received = s.received.add(rs.getBigDecimal(3));
                    }
                });
        return out;
    }

    private static Map<Cell, Sums> stored(Connection c, String orderId) throws SQLException {
        Map<Cell, Sums> out = new TreeMap<>();
        forEachRow(c, "SELECT month_key, currency_code, stage_count, receivable, payment_count, received "
                + "FROM report_order_months WHERE order_id = ?", orderId, rs -> {
                    Sums s = new Sums();
                    s.stages = rs.getLong(3);
                    s.receivable = rs.getBigDecimal(4);
                    s.payments = rs.getLong(5);
                    s.received = rs.getBigDecimal(6);
                    out.put(new Cell(rs.getInt(1), rs.getString(2)), s);
                });
        return out;
    }

    private static Party party(Connection c, String sql, String orderId) throws SQLException {
        Party[] found = new Party[1];
        forEachRow(c, sql, orderId, rs -> found[0] = new Party(rs.getString(1), rs.getString(2), rs.getString(3)));
        return found[0];
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs a query with one parameter (an order id) and hands each row over. */
    static void forEachRow(Connection c, String sql, String orderId, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Full recount of the three tables from the base tables (part of {@link ReportRollups#rebuild()}). */
    static int rebuild(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM report_party_months");
        jdbc.update("DELETE FROM report_order_months");
        jdbc.update("DELETE FROM report_order_parties");
        jdbc.update(FILE_ORDERS);
        jdbc.update(COUNT_ORDERS);
        return jdbc.update(SUM_PARTIES);
    }

    // The same three statements fill the tables in migration V5 (keep them in step).
    private static final String FILE_ORDERS = "INSERT INTO report_order_parties (order_id, customer_id, "
            + "sales_user_id, organization_id) SELECT id, COALESCE(customer_id, ''), COALESCE(sales_user_id, ''), "
            + "COALESCE(organization_id, '') FROM finance_orders";
    private static final String COUNT_ORDERS = "INSERT INTO report_order_months (order_id, month_key, currency_code, "
            + "stage_count, receivable, payment_count, received) SELECT t.order_id, t.mk, t.cur, SUM(t.sc), "
            + "SUM(t.rec), SUM(t.pc), SUM(t.recv) FROM ("
            + "SELECT s.order_id, YEAR(s.due_date) * 100 + MONTH(s.due_date) mk, s.currency_code cur, 1 sc, "
            + "s.amount rec, 0 pc, " + ZERO + " recv FROM payment_stages s "
            + "WHERE s.status <> 'cancelled' AND s.due_date IS NOT NULL "
            + "UNION ALL SELECT s.order_id, 0, s.currency_code, 1, s.amount, 0, " + ZERO
            + " FROM payment_stages s WHERE s.status <> 'cancelled' "
            + "UNION ALL SELECT p.order_id, YEAR(p.payment_date) * 100 + MONTH(p.payment_date), p.currency_code, 0, "
            + ZERO + ", 1, " + SIGNED + " FROM payments p WHERE p.status = 'confirmed' "
            + "UNION ALL SELECT p.order_id, 0, p.currency_code, 0, " + ZERO + ", 1, " + SIGNED
            + " FROM payments p WHERE p.status = 'confirmed') t GROUP BY t.order_id, t.mk, t.cur";
    private static final String SUM_PARTIES = "INSERT INTO report_party_months (customer_id, sales_user_id, "
            + "organization_id, currency_code, month_key, stage_count, receivable, payment_count, received) "
            + "SELECT p.customer_id, p.sales_user_id, p.organization_id, m.currency_code, m.month_key, "
            + "SUM(m.stage_count), SUM(m.receivable), SUM(m.payment_count), SUM(m.received) "
            + "FROM report_order_months m JOIN report_order_parties p ON p.order_id = m.order_id "
            + "GROUP BY p.customer_id, p.sales_user_id, p.organization_id, m.currency_code, m.month_key";
}
