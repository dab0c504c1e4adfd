package com.bantu.finance.report;

import com.bantu.finance.order.FinanceOrder;
import com.bantu.finance.payment.Payment;
import com.bantu.finance.receivable.PaymentStage;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code report_stage_days} and {@code report_payment_days} exact: every flush that inserts, changes or
 * deletes a stage, a confirmed (or formerly confirmed) payment, or an order's exchange rate or currency records
 * which (day, currency) rows it touched; just before the transaction commits (after Hibernate's last flush) those
 * rows are locked in key order and recounted from the base tables. Because the lock is taken before the recount and
 * the connection reads committed rows, a second transaction touching the same day waits for the first to commit and
 * then counts its rows too, so concurrent confirms never lose each other. Rows changed with plain SQL outside the
 * entities (bulk loads, manual fixes) need {@link #rebuild()}.
 */
@Component
public class ReportRollups implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** The due_key of stages without a due date. */
    static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);

    private static final String RATE = "COALESCE(o.exchange_rate, CASE WHEN o.currency_code = 'IDR' THEN 1 END)";
    private static final String OUTSTANDING = "CASE WHEN s.remaining_amount > 0 THEN s.remaining_amount ELSE 0 END";
    private static final String SIGNED = "CASE WHEN p.payment_type = 'refund' THEN -p.amount ELSE p.amount END";
    static final String STAGE_SUMS = "COUNT(*) stage_count, COALESCE(SUM(s.amount), 0) receivable, "
            + "COALESCE(SUM(" + OUTSTANDING + "), 0) outstanding, COALESCE(SUM(s.amount / " + RATE
            + "), 0) receivable_idr, COALESCE(SUM(" + OUTSTANDING + " / " + RATE + "), 0) outstanding_idr";
    static final String PAYMENT_SUMS = "COUNT(*) payment_count, COALESCE(SUM(" + SIGNED + "), 0) received, "
            + "COALESCE(SUM((" + SIGNED + ") / " + RATE + "), 0) received_idr";

    private final JdbcTemplate jdbc;
    private final Map<SharedSessionContractImplementor, Touched> open =
            Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<String, int[]> indexes = new ConcurrentHashMap<>();

    public ReportRollups(EntityManagerFactory emf, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        var registry = emf.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    record Day(LocalDate day, String currency) implements Comparable<Day> {
        private static final Comparator<Day> ORDER = Comparator.comparing(Day::day).thenComparing(Day::currency);

        @Override
        public int compareTo(Day o) {
            return ORDER.compare(this, o);
        }
    }

    /** What one transaction touched; applied in key order so two committers never wait on each other in a circle. */
    static final class Touched {
        final Set<Day> stageDays = new TreeSet<>();
        final Set<Day> paymentDays = new TreeSet<>();
        final Set<String> orders = new LinkedHashSet<>();
        /** Orders whose contribution to the party rollups may have changed ({@link PartyRollups}). */
        final Set<String> partyOrders = new TreeSet<>();
        /** Per order, the (day, currency) rows of the per-sales-user rollups its changed stages and payments touched. */
        final Map<String, Set<Day>> stageDaysByOrder = new TreeMap<>();
        final Map<String, Set<Day>> paymentDaysByOrder = new TreeMap<>();

        void stage(String orderId, Day day) {
            stageDays.add(day);
            partyOrders.add(orderId);
            stageDaysByOrder.computeIfAbsent(orderId, k -> new TreeSet<>()).add(day);
        }

        void payment(String orderId, Day day) {
            paymentDays.add(day);
            partyOrders.add(orderId);
            paymentDaysByOrder.computeIfAbsent(orderId, k -> new TreeSet<>()).add(day);
        }
    }

    // ------------------------------------------------------------------ recording (during flush)

    @Override
    public void onPostInsert(PostInsertEvent e) {
        record(e.getSession(), e.getEntity(), e.getPersister(), null, e.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent e) {
        record(e.getSession(), e.getEntity(), e.getPersister(), e.getOldState(), e.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent e) {
        record(e.getSession(), e.getEntity(), e.getPersister(), e.getDeletedState(), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(SharedSessionContractImplementor session, Object entity, EntityPersister persister,
                        Object[] before, Object[] after) {
        if (entity instanceof PaymentStage) {
            // amount, remaining, status, due date, currency, order
            int[] i = indexes(persister, "amount", "remainingAmount", "status", "dueDate", "currencyCode", "orderId");
            if (before != null && after != null && sameStage(i, before, after)) {
                return;
            }
            Touched t = touched(session);
            if (before != null) {
                t.stage((String) before[i[5]], stageDay(i, before));
            }
            if (after != null) {
                t.stage((String) after[i[5]], stageDay(i, after));
            }
        } else if (entity instanceof Payment) {
            int[] i = indexes(persister, "status", "paymentDate", "currencyCode", "amount", "paymentType", "orderId");
            boolean was = before != null && Payment.CONFIRMED.equals(before[i[0]]);
            boolean is = after != null && Payment.CONFIRMED.equals(after[i[0]]);
            if (!was && !is || was && is && same(i, before, after)) {
                return;
            }
            Touched t = touched(session);
            if (was) {
                t.payment((String) before[i[5]], new Day((LocalDate) before[i[1]], (String) before[i[2]]));
            }
            if (is) {
                t.payment((String) after[i[5]], new Day((LocalDate) after[i[1]], (String) after[i[2]]));
            }
        } else if (entity instanceof FinanceOrder o && before != null) {
            int[] i = indexes(persister, "exchangeRate", "currencyCode");
            if (!same(i, before, after)) {
                // its base IDR figures change on every day it has rows, also in its sales user's rollup
                touched(session).orders.add(o.getId());
                touched(session).partyOrders.add(o.getId());
            }
            int[] parties = indexes(persister, "customerId", "salesUserId", "organizationId");
            if (!same(parties, before, after)) {
                touched(session).partyOrders.add(o.getId());
            }
        }
    }

    private static boolean sameStage(int[] i, Object[] before, Object[] after) {
        boolean cancelledBefore = "cancelled".equals(before[i[2]]);
        boolean cancelledAfter = "cancelled".equals(after[i[2]]);
        return cancelledBefore == cancelledAfter && same(new int[] {i[0], i[1], i[3], i[4], i[5]}, before, after);
    }

    private static Day stageDay(int[] i, Object[] state) {
        LocalDate due = (LocalDate) state[i[3]];
        return new Day(due == null ? NO_DUE_DATE : due, (String) state[i[4]]);
    }

    private static boolean same(int[] i, Object[] before, Object[] after) {
        for (int k : i) {
            Object a = before[k];
            Object b = after[k];
            if (a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) != 0 : !Objects.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    private int[] indexes(EntityPersister persister, String... names) {
        return indexes.computeIfAbsent(persister.getEntityName() + ":" + String.join(",", names), k -> {
            String[] all = persister.getPropertyNames();
            int[] out = new int[names.length];
            for (int n = 0; n < names.length; n++) {
                out[n] = -1;
                for (int a = 0; a < all.length; a++) {
                    if (all[a].equals(names[n])) {
                        out[n] = a;
                    }
                }
                if (out[n] < 0) {
                    throw new IllegalStateException(persister.getEntityName() + " has no property " + names[n]);
                }
            }
            return out;
        });
    }

    private Touched touched(SharedSessionContractImplementor session) {
        synchronized (open) {
            Touched t = open.get(session);
            if (t == null) {
                Touched fresh = new Touched();
                open.put(session, fresh);
                var callbacks = session.getTransactionCompletionCallbacks();
                callbacks.registerCallback(
                        (org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) s ->
                                apply(s, open.remove(s)));
                callbacks.registerCallback(
                        (org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback) (ok, s) ->
                                open.remove(s));
                t = fresh;
            }
            return t;
        }
    }

    // ------------------------------------------------------------------ applying (before commit)

    private void apply(SharedSessionContractImplementor session, Touched t) {
        if (t == null) {
            return;
        }
        Connection c = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try {
            for (String orderId : t.orders) {
                collect(c, "SELECT DISTINCT COALESCE(due_date, DATE '9999-12-31'), currency_code FROM payment_stages "
                        + "WHERE order_id = ?", orderId, t.stageDays);
                collect(c, "SELECT DISTINCT payment_date, currency_code FROM payments WHERE order_id = ? "
                        + "AND status = 'confirmed'", orderId, t.paymentDays);
            }
            for (Day d : t.stageDays) {
                recount(c, d, "INSERT INTO report_stage_days (due_key, currency_code, stage_count, receivable, "
                                + "outstanding, receivable_idr, outstanding_idr) VALUES (?, ?, 0, 0, 0, 0, 0) "
                                + "ON DUPLICATE KEY UPDATE stage_count = stage_count",
                        "SELECT " + STAGE_SUMS + " FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id "
                                + "WHERE s.status <> 'cancelled' AND s.currency_code = ? AND "
                                + (d.day().equals(NO_DUE_DATE) ? "s.due_date IS NULL" : "s.due_date = ?"),
                        "UPDATE report_stage_days SET stage_count = ?, receivable = ?, outstanding = ?, "
                                + "receivable_idr = ?, outstanding_idr = ? WHERE due_key = ? AND currency_code = ?",
                        !d.day().equals(NO_DUE_DATE));
            }
            for (Day d : t.paymentDays) {
                recount(c, d, "INSERT INTO report_payment_days (payment_date, currency_code, payment_count, received, "
                                + "received_idr) VALUES (?, ?, 0, 0, 0) ON DUPLICATE KEY UPDATE payment_count = "
                                + "payment_count",
                        "SELECT " + PAYMENT_SUMS + " FROM payments p JOIN finance_orders o ON o.id = p.order_id "
                                + "WHERE p.status = 'confirmed' AND p.currency_code = ? AND p.payment_date = ?",
                        "UPDATE report_payment_days SET payment_count = ?, received = ?, received_idr = ? "
                                + "WHERE payment_date = ? AND currency_code = ?",
                        true);
            }
            if (!t.partyOrders.isEmpty()) {
                SalesRollups.apply(c, t, PartyRollups.apply(c, t.partyOrders));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("report rollups could not be updated", e);
        }
    }

    private static void collect(Connection c, String sql, String orderId, Set<Day> into) throws SQLException {
        PartyRollups.forEachRow(c, sql, orderId, rs -> into.add(new Day(rs.getObject(1, LocalDate.class),
                rs.getString(2))));
    }

    /** Lock (creating the row if needed), recount with a plain read of committed rows, write. */
    private static void recount(Connection c, Day d, String lock, String count, String write, boolean byDay)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(lock)) {
            ps.setDate(1, Date.valueOf(d.day()));
            ps.setString(2, d.currency());
            ps.executeUpdate();
        }
        Object[] sums;
        try (PreparedStatement ps = c.prepareStatement(count)) {
            ps.setString(1, d.currency());
            if (byDay) {
                ps.setDate(2, Date.valueOf(d.day()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int n = rs.getMetaData().getColumnCount();
                sums = new Object[n];
                sums[0] = rs.getLong(1);
                for (int k = 2; k <= n; k++) {
                    sums[k - 1] = rs.getBigDecimal(k);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(write)) {
            int k = 1;
            for (Object v : sums) {
                ps.setObject(k++, v);
            }
            ps.setDate(k++, Date.valueOf(d.day()));
            ps.setString(k, d.currency());
            ps.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ full recount

    /**
     * Recounts the day rollups, the party rollups ({@link PartyRollups}) and the per-sales-user day rollups
     * ({@link SalesRollups}) from the base tables (after a bulk load or a manual fix in SQL). Safe beside live writes:
     * a writer whose day this waits on recounts it again after this commits.
     */
    @Transactional
    public Rebuilt rebuild() {
        jdbc.update("DELETE FROM report_stage_days");
        jdbc.update("DELETE FROM report_payment_days");
        int stageDays = jdbc.update("INSERT INTO report_stage_days (due_key, currency_code, stage_count, receivable, outstanding, "
                + "receivable_idr, outstanding_idr) SELECT COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code, "
                + STAGE_SUMS + " FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id "
                + "WHERE s.status <> 'cancelled' GROUP BY COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code");
        int paymentDays = jdbc.update("INSERT INTO report_payment_days (payment_date, currency_code, payment_count, received, "
                + "received_idr) SELECT p.payment_date, p.currency_code, " + PAYMENT_SUMS + " FROM payments p "
                + "JOIN finance_orders o ON o.id = p.order_id WHERE p.status = 'confirmed' "
                + "GROUP BY p.payment_date, p.currency_code");
        int partyMonths = PartyRollups.rebuild(jdbc);
        int[] sales = SalesRollups.rebuild(jdbc);
        return new Rebuilt(stageDays, paymentDays, partyMonths, sales[0], sales[1]);
    }

    /**
     * {@code report_stage_days} as a recount of the orders matching {@code orderCondition} (SQL on the orders' alias
     * {@code o}, its values bound by the caller): the same columns, for a report limited to a data scope.
     */
    static String stageDaysOf(String orderCondition) {
        return "(SELECT COALESCE(s.due_date, DATE '9999-12-31') due_key, s.currency_code, " + STAGE_SUMS
                + " FROM payment_stages s JOIN finance_orders o ON o.id = s.order_id WHERE s.status <> 'cancelled' AND "
                + orderCondition + " GROUP BY COALESCE(s.due_date, DATE '9999-12-31'), s.currency_code)";
    }

    /** {@code report_payment_days} as a recount of the orders matching {@code orderCondition} (see above). */
    static String paymentDaysOf(String orderCondition) {
        return "(SELECT p.payment_date, p.currency_code, " + PAYMENT_SUMS + " FROM payments p "
                + "JOIN finance_orders o ON o.id = p.order_id WHERE p.status = 'confirmed' AND " + orderCondition
                + " GROUP BY p.payment_date, p.currency_code)";
    }

    /**
     * Rows written by {@link #rebuild()}: (due day, currency) of stages, (payment day, currency) of payments, and
     * (month, customer, sales user, organization, currency) of the party rollup, (sales user, day, currency) of the
     * per-sales-user stage and payment rollups ({@link SalesRollups}).
     */
    public record Rebuilt(int stageDays, int paymentDays, int partyMonths, int salesStageDays, int salesPaymentDays) {
    }
}
