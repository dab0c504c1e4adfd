package com.bantu.finance.report;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ValidationException;
import com.bantu.common.scope.DataScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance reports as aggregate SQL (GROUP BY in the database, never a Java loop over payments): receivable = amounts
 * of non-cancelled stages bucketed by due date, received = confirmed receipts minus confirmed refunds bucketed by
 * payment date. Every sum is per currency; {@code base_idr} converts each row through its order's exchange rate
 * (units of order currency per IDR, so IDR = amount ÷ rate; an IDR order without a rate counts at 1, other orders
 * without a rate are left out of base_idr).
 * <p>
 * Data scope: a caller who sees every order (ADMIN, FINANCE) reads the rollups ({@link ReportRollups},
 * {@link PartyRollups}); a caller who sees their own orders only (SALES) reads their rows of the same rollups
 * ({@link SalesRollups}, and the sales-user column of {@link PartyRollups}); a caller with an organization scope gets
 * the same figures counted over the orders of their scope, through the index on the orders' sales user.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private static final String RATE = "COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)";
    private static final String SIGNED = "CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportRollups rollups;

    public ReportService(NamedParameterJdbcTemplate jdbc, ReportRollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /** Recounts the day and party rollups from payments and stages (after rows were loaded or fixed with plain SQL). */
    public ReportRollups.Rebuilt rebuildRollups() {
        return rollups.rebuild();
    }

    public Summary summary(LocalDate start, LocalDate end, DataScope scope) {
        checkRange(start, end);
        MapSqlParameterSource p = range(start, end).addValue("today", Date.valueOf(LocalDate.now()));
        Days days = days(scope, p);
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        BigDecimal[] idr = zeros(4);
        jdbc.query("SELECT r.currency_code, SUM(r.receivable) rec, SUM(r.outstanding) outs, "
                + "SUM(CASE WHEN r.due_key < :today THEN r.outstanding ELSE 0 END) ovd, "
                + "SUM(r.receivable_idr) rec_idr, SUM(r.outstanding_idr) outs_idr, "
                + "SUM(CASE WHEN r.due_key < :today THEN r.outstanding_idr ELSE 0 END) ovd_idr "
                + "FROM " + days.stages() + " r WHERE r.stage_count > 0" + dueFilter(start, end)
                + " GROUP BY r.currency_code", p, rs -> {
                    BigDecimal[] row = byCurrency.computeIfAbsent(rs.getString(1), c -> zeros(5));
                    row[0] = money(rs.getBigDecimal("rec"));
                    row[2] = money(rs.getBigDecimal("outs"));
                    row[3] = money(rs.getBigDecimal("ovd"));
                    idr[0] = idr[0].add(nz(rs.getBigDecimal("rec_idr")));
                    idr[2] = idr[2].add(nz(rs.getBigDecimal("outs_idr")));
                    idr[3] = idr[3].add(nz(rs.getBigDecimal("ovd_idr")));
                });
        jdbc.query("SELECT r.currency_code, SUM(r.received) recv, SUM(r.payment_count) cnt, "
                + "SUM(r.received_idr) recv_idr FROM " + days.payments() + " r WHERE r.payment_count > 0"
                + dateFilter("r.payment_date", start, end)
                + " GROUP BY r.currency_code", p, rs -> {
                    BigDecimal[] row = byCurrency.computeIfAbsent(rs.getString(1), c -> zeros(5));
                    row[1] = money(rs.getBigDecimal("recv"));
                    row[4] = BigDecimal.valueOf(rs.getLong("cnt"));
                    idr[1] = idr[1].add(nz(rs.getBigDecimal("recv_idr")));
                });
        List<CurrencySummary> rows = new ArrayList<>();
        byCurrency.forEach((c, r) -> rows.add(new CurrencySummary(c, r[0], r[1], r[2], r[3], r[4].longValue())));
        return new Summary(start, end, rows, new BaseIdr(money(idr[0]), money(idr[1]), money(idr[2]),
                money(idr[3])));
    }

    public ByPeriod byPeriod(String rawPeriod, LocalDate start, LocalDate end, DataScope scope) {
        checkRange(start, end);
        String period = rawPeriod == null || rawPeriod.isBlank() ? "month" : rawPeriod.trim().toLowerCase();
        if (!List.of("day", "week", "month").contains(period)) {
            throw ValidationException.of("period", "must be one of day, week, month");
        }
        MapSqlParameterSource p = range(start, end);
        Days days = days(scope, p);
        // key: bucket label + currency → [received, receivable]
        Map<String, BigDecimal[]> buckets = new TreeMap<>();
        boolean month = period.equals("month");
        String payKey = month ? "YEAR(r.payment_date) y, MONTH(r.payment_date) m" : "r.payment_date d";
        String payGroup = month ? "YEAR(r.payment_date), MONTH(r.payment_date)" : "r.payment_date";
        jdbc.query("SELECT " + payKey + ", r.currency_code cur, SUM(r.received) v FROM " + days.payments() + " r "
                + "WHERE r.payment_count > 0" + dateFilter("r.payment_date", start, end)
                + " GROUP BY " + payGroup + ", r.currency_code", p,
                rs -> {
                    add(buckets, label(rs, period), rs.getString("cur"), 0, rs.getBigDecimal("v"));
                });
        String dueKey = month ? "YEAR(r.due_key) y, MONTH(r.due_key) m" : "r.due_key d";
        String dueGroup = month ? "YEAR(r.due_key), MONTH(r.due_key)" : "r.due_key";
        jdbc.query("SELECT " + dueKey + ", r.currency_code cur, SUM(r.receivable) v FROM " + days.stages() + " r "
                + "WHERE r.stage_count > 0 AND r.due_key <> :noDue" + dateFilter("r.due_key", start, end)
                + " GROUP BY " + dueGroup + ", r.currency_code", p,
                rs -> {
                    add(buckets, label(rs, period), rs.getString("cur"), 1, rs.getBigDecimal("v"));
                });
        List<PeriodPoint> data = new ArrayList<>();
        buckets.forEach((k, v) -> {
            int bar = k.indexOf('|');
            data.add(new PeriodPoint(k.substring(0, bar), k.substring(bar + 1), money(v[0]), money(v[1])));
        });
        return new ByPeriod(period, data);
    }

    /**
     * By customer or by sales user, from {@code report_party_months}: whole months of the range (or the all-time row
     * when there is no range) from the rollup, the days of a partial first or last month from the stages and
     * payments of those days only. A (party, currency) appears when it has a stage or a payment in the range.
     */
    public ItemsPage<PartyRow> byParty(boolean customer, LocalDate start, LocalDate end, PageQuery page,
                                       DataScope scope) {
        checkRange(start, end);
        MapSqlParameterSource p = new MapSqlParameterSource("limit", page.size())
                .addValue("offset", (long) (page.page() - 1) * page.size());
        String rollupScope = scopeCondition(scope, "r.organization_id", "r.sales_user_id", p);
        String orders = orderCondition(scope, p);
        String key = customer ? "customer_id" : "sales_user_id";
        List<String> parts = new ArrayList<>();
        Months months = Months.of(start, end);
        String rollupRows = null;
        if (months.first() <= months.last()) {
            p.addValue("m1", months.first()).addValue("m2", months.last());
            rollupRows = " FROM report_party_months r WHERE r.month_key "
                    + (months.first() == PartyRollups.ALL_TIME ? "= :m1" : "BETWEEN :m1 AND :m2")
                    + (rollupScope == null ? "" : " AND " + rollupScope);
            parts.add("SELECT r." + key + " k, r.currency_code cur, r.stage_count sc, r.receivable rec, "
                    + "r.payment_count pc, r.received recv" + rollupRows);
        }
        for (int i = 0; i < months.edges().size(); i++) {
            LocalDate[] days = months.edges().get(i);
            p.addValue("from" + i, Date.valueOf(days[0])).addValue("to" + i, Date.valueOf(days[1]));
            String inScope = orders == null ? "" : " AND " + orders;
            parts.add("SELECT COALESCE(o." + key + ", '') k, s.currency_code cur, 1 sc, s.amount rec, 0 pc, "
                    + "CAST(0 AS DECIMAL(18,2)) recv FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id "
                    + "WHERE s.status <> 'cancelled' AND s.due_date BETWEEN :from" + i + " AND :to" + i + inScope);
            parts.add("SELECT COALESCE(o." + key + ", ''), p.currency_code, 0, CAST(0 AS DECIMAL(18,2)), 1, " + SIGNED
                    + " FROM payments p JOIN finance_orders o ON o.id = p.order_id WHERE p.status = 'confirmed' "
                    + "AND p.payment_date BETWEEN :from" + i + " AND :to" + i + inScope);
        }
        // whole months only (the usual case): grouped straight from the rollup, without a derived table
        String columns = parts.size() == 1 && rollupRows != null
                ? "SELECT r." + key + " k, r.currency_code cur, SUM(r.receivable) rec, SUM(r.received) recv"
                : "SELECT t.k k, t.cur cur, SUM(t.rec) rec, SUM(t.recv) recv";
        String groups = parts.size() == 1 && rollupRows != null
                ? rollupRows + " GROUP BY r." + key + ", r.currency_code "
                        + "HAVING SUM(r.stage_count) + SUM(r.payment_count) > 0"
                : " FROM (" + String.join(" UNION ALL ", parts) + ") t GROUP BY t.k, t.cur "
                        + "HAVING SUM(t.sc) + SUM(t.pc) > 0";
        // one grouping per request: the page and the number of groups (a window over the groups) together
        long[] total = {-1};
        List<PartyRow> rows = jdbc.query(columns + ", COUNT(*) OVER () total" + groups
                + " ORDER BY k, cur LIMIT :limit OFFSET :offset", p, (rs, i) -> {
            total[0] = rs.getLong("total");
            BigDecimal rec = money(rs.getBigDecimal("rec"));
            BigDecimal recv = money(rs.getBigDecimal("recv"));
            String k = rs.getString("k").isEmpty() ? null : rs.getString("k");
            return new PartyRow(customer ? k : null, customer ? null : k, null, rs.getString("cur"), rec, recv,
                    rec.subtract(recv));
        });
        if (total[0] < 0) { // no row on this page: count the groups on their own
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (" + columns + groups + ") c", p, Long.class);
            total[0] = count == null ? 0 : count;
        }
        return new ItemsPage<>(customer ? withCustomerNames(rows) : rows, total[0], page.page(), page.size());
    }

    /** The customer names finance keeps (from the orders' copies), for one page of rows. */
    private List<PartyRow> withCustomerNames(List<PartyRow> rows) {
        List<String> ids = rows.stream().map(PartyRow::customerId).filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return rows;
        }
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT customer_id, MAX(customer_name) FROM finance_orders WHERE customer_id IN (:ids) "
                + "GROUP BY customer_id", new MapSqlParameterSource("ids", ids), rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return rows.stream().map(r -> new PartyRow(r.customerId(), null, names.get(r.customerId()),
                r.currencyCode(), r.receivable(), r.received(), r.outstanding())).toList();
    }

    /**
     * A date range as the party rollup's whole months ({@code first..last}, month keys; both
     * {@link PartyRollups#ALL_TIME} without a range; first > last when the range holds no whole month) and the day
     * ranges of partial months at either end ({@code [from, to]}, inclusive).
     */
    record Months(int first, int last, List<LocalDate[]> edges) {

        static Months of(LocalDate start, LocalDate end) {
            if (start == null && end == null) {
                return new Months(PartyRollups.ALL_TIME, PartyRollups.ALL_TIME, List.of());
            }
            YearMonth first = start == null ? null
                    : start.getDayOfMonth() == 1 ? YearMonth.from(start) : YearMonth.from(start).plusMonths(1);
            YearMonth last = end == null ? null
                    : end.equals(YearMonth.from(end).atEndOfMonth()) ? YearMonth.from(end)
                    : YearMonth.from(end).minusMonths(1);
            if (first != null && last != null && first.isAfter(last)) {
                return new Months(1, 0, List.<LocalDate[]>of(new LocalDate[] {start, end}));
            }
            List<LocalDate[]> edges = new ArrayList<>();
            if (start != null && start.getDayOfMonth() != 1) {
                edges.add(new LocalDate[] {start, YearMonth.from(start).atEndOfMonth()});
            }
            if (end != null && !end.equals(YearMonth.from(end).atEndOfMonth())) {
                edges.add(new LocalDate[] {YearMonth.from(end).atDay(1), end});
            }
            return new Months(first == null ? 1 : PartyRollups.monthKey(first.atDay(1)),
                    last == null ? Integer.MAX_VALUE : PartyRollups.monthKey(last.atDay(1)), edges);
        }
    }

    public Aging aging(LocalDate asOf, DataScope scope) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        MapSqlParameterSource p = new MapSqlParameterSource("asOf", Date.valueOf(day))
                .addValue("d30", Date.valueOf(day.minusDays(30)))
                .addValue("d60", Date.valueOf(day.minusDays(60)))
                .addValue("d90", Date.valueOf(day.minusDays(90)));
        Days days = days(scope, p);
        List<AgingRow> rows = jdbc.query("SELECT r.currency_code, "
                + "SUM(CASE WHEN r.due_key >= :asOf THEN r.outstanding ELSE 0 END) nd, "
                + "SUM(CASE WHEN r.due_key < :asOf AND r.due_key >= :d30 THEN r.outstanding ELSE 0 END) a, "
                + "SUM(CASE WHEN r.due_key < :d30 AND r.due_key >= :d60 THEN r.outstanding ELSE 0 END) b, "
                + "SUM(CASE WHEN r.due_key < :d60 AND r.due_key >= :d90 THEN r.outstanding ELSE 0 END) c, "
                + "SUM(CASE WHEN r.due_key < :d90 THEN r.outstanding ELSE 0 END) d, "
                + "SUM(r.outstanding) total FROM " + days.stages() + " r WHERE r.outstanding > 0 "
                + "GROUP BY r.currency_code ORDER BY r.currency_code", p, (rs, i) -> new AgingRow(rs.getString(1),
                money(rs.getBigDecimal("nd")), money(rs.getBigDecimal("a")), money(rs.getBigDecimal("b")),
                money(rs.getBigDecimal("c")), money(rs.getBigDecimal("d")), money(rs.getBigDecimal("total"))));
        return new Aging(day, rows);
    }

    /**
     * Counts by status. In a limited scope: stages and payments of the scope's orders, and collection tasks of those
     * orders or assigned to the caller (as the task list shows them).
     */
    public Statistics statistics(DataScope scope) {
        MapSqlParameterSource p = new MapSqlParameterSource("today", Date.valueOf(LocalDate.now()));
        String orders = orderCondition(scope, p);
        String join = orders == null ? "" : " JOIN finance_orders o ON o.id = t.order_id";
        String where = orders == null ? "" : " WHERE " + orders;
        String tasks = where;
        if (orders != null && scope.userId() != null) {
            p.addValue("me", scope.userId());
            tasks = " WHERE (" + orders + " OR t.assigned_to_user_id = :me)";
        }
        Long overdue = jdbc.queryForObject("SELECT COUNT(*) FROM payment_stages t" + join
                + (orders == null ? " WHERE " : where + " AND ") + "(t.status = 'overdue' "
                + "OR (t.status IN ('pending', 'partial') AND t.due_date < :today))", p, Long.class);
        return new Statistics(counts("payment_stages", join + where, p), counts("payments", join + where, p),
                counts("collection_tasks", join + tasks, p), overdue == null ? 0 : overdue);
    }

    /** Revenue for analytics: confirmed receipts minus refunds, base IDR, per day/week/month bucket. */
    public Revenue revenue(String rawPeriod) {
        return revenue(rawPeriod, com.bantu.common.scope.StatsScope.ALL.dataScope());
    }

    /**
     * {@link #revenue(String)} of the orders a dashboard reader's scope covers (analytics sends it): the company-wide
     * day rollups for {@code all}, the reader's rows of the per-sales-user rollups for {@code own}, the scope's
     * orders counted for an organization scope (as the reports do, {@link #days}).
     */
    public Revenue revenue(String rawPeriod, DataScope scope) {
        String period = rawPeriod == null || rawPeriod.isBlank() ? "month" : rawPeriod.trim().toLowerCase();
        if (!List.of("day", "week", "month").contains(period)) {
            throw ValidationException.of("period", "must be one of day, week, month");
        }
        boolean month = period.equals("month");
        String keys = month ? "YEAR(r.payment_date) y, MONTH(r.payment_date) m" : "r.payment_date d";
        String group = month ? "YEAR(r.payment_date), MONTH(r.payment_date)" : "r.payment_date";
        MapSqlParameterSource p = new MapSqlParameterSource();
        String payments = days(scope, p).payments();
        Map<String, BigDecimal> points = new TreeMap<>();
        jdbc.query("SELECT " + keys + ", SUM(r.received_idr) v FROM " + payments + " r "
                + "WHERE r.payment_count > 0 GROUP BY " + group,
                p, rs -> {
                    points.merge(label(rs, period), nz(rs.getBigDecimal("v")), BigDecimal::add);
                });
        List<CurrencyTotal> byCurrency = jdbc.query("SELECT r.currency_code, SUM(r.received) v "
                + "FROM " + payments + " r WHERE r.payment_count > 0 GROUP BY r.currency_code "
                + "ORDER BY r.currency_code",
                p, (rs, i) -> new CurrencyTotal(rs.getString(1), money(rs.getBigDecimal(2))));
        List<RevenuePoint> data = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : points.entrySet()) {
            data.add(new RevenuePoint(e.getKey(), money(e.getValue())));
            total = total.add(e.getValue());
        }
        return new Revenue(period, "IDR", money(total), data, byCurrency);
    }

    private Map<String, Long> counts(String table, String joinAndWhere, MapSqlParameterSource p) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("SELECT t.status, COUNT(*) FROM " + table + " t" + joinAndWhere + " GROUP BY t.status", p,
                rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /**
     * The scope as a condition on the orders' alias {@code o} (values bound into {@code p}); null when the caller
     * sees every order.
     */
    private static String orderCondition(DataScope scope, MapSqlParameterSource p) {
        return scopeCondition(scope, "o.organization_id", "o.sales_user_id", p);
    }

    private static String scopeCondition(DataScope scope, String organizationColumn, String salesUserColumn,
                                         MapSqlParameterSource p) {
        DataScope.Sql sql = scope.sql(organizationColumn, salesUserColumn);
        if (sql == null) {
            return null;
        }
        StringBuilder named = new StringBuilder();
        String condition = sql.condition();
        int arg = 0;
        for (int i = 0; i < condition.length(); i++) {
            char ch = condition.charAt(i);
            if (ch == '?') {
                String name = "scope" + arg;
                p.addValue(name, sql.args().get(arg++));
                named.append(':').append(name);
            } else {
                named.append(ch);
            }
        }
        return named.toString();
    }

    /** Where a report reads its (day, currency) rows of stages and of confirmed payments. */
    record Days(String stages, String payments) {
    }

    /**
     * The day rollups for a caller who sees every order; a caller who sees only their own orders (SALES) reads their
     * rows of the per-sales-user rollups ({@link SalesRollups}); any other scope (one with organizations) gets the
     * same rows counted over the scope's orders.
     */
    static Days days(DataScope scope, MapSqlParameterSource p) {
        String orders = orderCondition(scope, p);
        if (orders == null) {
            return new Days("report_stage_days", "report_payment_days");
        }
        if (scope.userId() != null && orders.equals("(o.sales_user_id = :scope0)")) {
            p.addValue("salesUser", scope.userId());
            return new Days("(SELECT * FROM report_sales_stage_days WHERE sales_user_id = :salesUser)",
                    "(SELECT * FROM report_sales_payment_days WHERE sales_user_id = :salesUser)");
        }
        return new Days(ReportRollups.stageDaysOf(orders), ReportRollups.paymentDaysOf(orders));
    }

    private static String label(ResultSet rs, String period) throws SQLException {
        if (period.equals("month")) {
            return String.format("%04d-%02d", rs.getInt("y"), rs.getInt("m"));
        }
        LocalDate d = rs.getObject("d", LocalDate.class);
        if (period.equals("week")) {
            d = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return d.toString();
    }

    private static void add(Map<String, BigDecimal[]> buckets, String label, String currency, int slot,
                            BigDecimal value) {
        BigDecimal[] v = buckets.computeIfAbsent(label + "|" + currency, k -> zeros(2));
        v[slot] = v[slot].add(nz(value));
    }

    private static String dateFilter(String column, LocalDate start, LocalDate end) {
        return (start == null ? "" : " AND " + column + " >= :start") + (end == null ? "" : " AND " + column + " <= :end");
    }

    /** A stage without a due date fails any date filter (as a NULL due date would). */
    private static String dueFilter(LocalDate start, LocalDate end) {
        return (start == null && end == null ? "" : " AND r.due_key <> :noDue") + dateFilter("r.due_key", start, end);
    }

    private static MapSqlParameterSource range(LocalDate start, LocalDate end) {
        return new MapSqlParameterSource("start", start == null ? null : Date.valueOf(start))
                .addValue("end", end == null ? null : Date.valueOf(end))
                .addValue("noDue", Date.valueOf(ReportRollups.NO_DUE_DATE));
    }

    private static void checkRange(LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ValidationException.of("end_date", "must not be before start_date");
        }
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO.setScale(2));
        return a;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static BigDecimal money(BigDecimal v) {
        return nz(v).setScale(2, RoundingMode.HALF_UP);
    }
}
