package com.bantu.servicemanagement.internal;

import com.bantu.common.api.QueryParams;
import com.bantu.common.scope.DataScope;
import com.bantu.common.scope.StatsScope;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates for analytics, read from the rollup tables that {@link StatsRollups} keeps exact (migration V10): a
 * few hundred rows whatever the number of customers, instead of grouping the base tables (2 s at 1 000 000
 * customers). Deleted customers and service records are not counted. Trend buckets are filled from per-day counts
 * of at most ~370 days. {@link #recount} answers the same from the base tables, for the exactness test.
 * <p>
 * A dashboard reader's data scope ({@link StatsScope}, sent by analytics) other than {@code all} is counted from the
 * base tables with the conditions of the customer and service-record lists: customers owned or created by the
 * reader or (organization scopes) of a covered organization; service records sold or created by the reader, of a
 * covered organization, or of a customer in scope. The rollups have no owner, so only {@code all} reads them.
 */
@Service
public class StatsService {

    static final List<String> PERIODS = List.of("day", "week", "month");

    private final JdbcTemplate jdbc;
    private final StatsRollups rollups;

    StatsService(JdbcTemplate jdbc, StatsRollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /** Recounts every rollup from the base tables, in one transaction. */
    @Transactional
    public void rebuild() {
        rollups.rebuild();
    }

    @Transactional(readOnly = true)
    public CustomerStats customers() {
        return customers(StatsScope.ALL);
    }

    @Transactional(readOnly = true)
    public CustomerStats customers(StatsScope scope) {
        DataScope.Sql c = customerCondition(scope);
        if (c == null) {
            return summary("SELECT customer_type, customer_source_type, SUM(n) FROM stats_customer_days "
                    + "GROUP BY customer_type, customer_source_type HAVING SUM(n) <> 0",
                    "SELECT COUNT(*) FROM stats_customer_activity WHERE last_record_at >= ?");
        }
        return summary("SELECT c.customer_type, c.customer_source_type, COUNT(*) FROM customers c "
                + "WHERE c.deleted_at IS NULL AND " + c.condition() + " GROUP BY c.customer_type, c.customer_source_type",
                "SELECT COUNT(DISTINCT r.customer_id) FROM service_records r JOIN customers c ON c.id = r.customer_id "
                + "WHERE r.created_at >= ? AND r.deleted_at IS NULL AND c.deleted_at IS NULL AND " + c.condition(),
                c.args().toArray());
    }

    /** The customer list's scope condition on alias {@code c}; null for {@code all}. */
    private static DataScope.Sql customerCondition(StatsScope scope) {
        return scope.isAll() ? null : scope.dataScope().sql("c.organization_id", "c.owner_user_id", "c.created_by");
    }

    /**
     * The service-record list's scope condition on alias {@code r}: the record's own columns, or its customer in
     * scope; null for {@code all}.
     */
    private static DataScope.Sql recordCondition(StatsScope scope) {
        if (scope.isAll()) {
            return null;
        }
        DataScope d = scope.dataScope();
        DataScope.Sql own = d.sql("r.organization_id", "r.sales_user_id", "r.created_by");
        DataScope.Sql customer = d.sql("c.organization_id", "c.owner_user_id", "c.created_by");
        return new DataScope.Sql("(" + own.condition() + " OR r.customer_id IN (SELECT c.id FROM customers c WHERE "
                + customer.condition() + "))", Stream.concat(own.args().stream(), customer.args().stream()).toList());
    }

    /**
     * The summary from a {@code (type, source, count)} query and an active-customer count taking the 30-day cut-off:
     * the rollups' or, for {@link #recount}, the base tables'.
     */
    private CustomerStats summary(String countsByTypeAndSource, String activeSince, Object... scopeArgs) {
        Map<String, Long> byType = new LinkedHashMap<>();
        byType.put("individual", 0L);
        byType.put("organization", 0L);
        Map<String, Long> bySource = new LinkedHashMap<>();
        bySource.put("own", 0L);
        bySource.put("agent", 0L);
        long[] total = {0};
        jdbc.query(countsByTypeAndSource, rs -> {
            long n = rs.getLong(3);
            total[0] += n;
            byType.merge(rs.getString(1), n, Long::sum);
            bySource.merge(rs.getString(2), n, Long::sum);
        }, scopeArgs);
        Object[] activeArgs = Stream.concat(Stream.of(LocalDateTime.now().minusDays(30)), Stream.of(scopeArgs))
                .toArray();
        Long active = jdbc.queryForObject(activeSince, Long.class, activeArgs);
        return new CustomerStats(total[0], byType, bySource, active == null ? 0 : active);
    }

    @Transactional(readOnly = true)
    public CustomerTrend customerTrend(String rawPeriod) {
        return customerTrend(rawPeriod, StatsScope.ALL);
    }

    @Transactional(readOnly = true)
    public CustomerTrend customerTrend(String rawPeriod, StatsScope scope) {
        String checked = QueryParams.requireOneOf("period", rawPeriod, PERIODS);
        String period = checked == null ? "day" : checked;
        TrendBuckets buckets = new TrendBuckets(period, LocalDate.now());
        DataScope.Sql c = customerCondition(scope);
        if (c == null) {
            jdbc.query("SELECT created_on, SUM(n) FROM stats_customer_days WHERE created_on >= ? GROUP BY created_on",
                    rs -> {
                        Date d = rs.getDate(1);
                        buckets.add(d.toLocalDate(), rs.getLong(2));
                    }, Date.valueOf(buckets.from()));
        } else {
            Object[] args = Stream.concat(Stream.of(buckets.from().atStartOfDay()), c.args().stream()).toArray();
            jdbc.query("SELECT CAST(c.created_at AS DATE), COUNT(*) FROM customers c WHERE c.deleted_at IS NULL "
                    + "AND c.created_at >= ? AND " + c.condition() + " GROUP BY CAST(c.created_at AS DATE)", rs -> {
                        buckets.add(rs.getDate(1).toLocalDate(), rs.getLong(2));
                    }, args);
        }
        List<CustomerTrend.Point> points = new ArrayList<>();
        buckets.counts().forEach((date, value) -> points.add(new CustomerTrend.Point(date, value)));
        return new CustomerTrend(period, points);
    }

    @Transactional(readOnly = true)
    public ServiceRecordStats serviceRecords() {
        return serviceRecords(StatsScope.ALL);
    }

    @Transactional(readOnly = true)
    public ServiceRecordStats serviceRecords(StatsScope scope) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byPriority = new TreeMap<>();
        Map<String, Long> byAssignee = new TreeMap<>();
        DataScope.Sql r = recordCondition(scope);
        String sql = r == null ? "SELECT status, priority, sales_user_id, n FROM stats_service_records WHERE n <> 0"
                : "SELECT r.status, r.priority, COALESCE(r.sales_user_id, ''), COUNT(*) FROM service_records r "
                + "WHERE r.deleted_at IS NULL AND " + r.condition()
                + " GROUP BY r.status, r.priority, COALESCE(r.sales_user_id, '')";
        jdbc.query(sql, rs -> {
            long n = rs.getLong(4);
            byStatus.merge(rs.getString(1), n, Long::sum);
            byPriority.merge(rs.getString(2), n, Long::sum);
            if (!rs.getString(3).isEmpty()) {
                byAssignee.merge(rs.getString(3), n, Long::sum);
            }
        }, r == null ? new Object[0] : r.args().toArray());
        return new ServiceRecordStats(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                byPriority, byAssignee);
    }

    /**
     * The three answers counted from the base tables (the pre-rollup queries): what the rollups must equal. Used by
     * the exactness test; too slow to serve at scale.
     */
    @Transactional(readOnly = true)
    public Recount recount(String period) {
        CustomerStats customers = summary("SELECT customer_type, customer_source_type, COUNT(*) FROM customers "
                + "WHERE deleted_at IS NULL GROUP BY customer_type, customer_source_type",
                "SELECT COUNT(DISTINCT r.customer_id) FROM service_records r JOIN customers c ON c.id = r.customer_id "
                + "WHERE r.created_at >= ? AND r.deleted_at IS NULL AND c.deleted_at IS NULL");
        TrendBuckets buckets = new TrendBuckets(period, LocalDate.now());
        jdbc.query("SELECT CAST(created_at AS DATE) AS d, COUNT(*) FROM customers "
                + "WHERE deleted_at IS NULL AND created_at >= ? GROUP BY CAST(created_at AS DATE)", rs -> {
                    buckets.add(rs.getDate(1).toLocalDate(), rs.getLong(2));
                }, buckets.from().atStartOfDay());
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byPriority = new TreeMap<>();
        Map<String, Long> byAssignee = new TreeMap<>();
        jdbc.query("SELECT status, priority, sales_user_id FROM service_records WHERE deleted_at IS NULL", rs -> {
            byStatus.merge(rs.getString(1), 1L, Long::sum);
            byPriority.merge(rs.getString(2), 1L, Long::sum);
            if (rs.getString(3) != null) {
                byAssignee.merge(rs.getString(3), 1L, Long::sum);
            }
        });
        long records = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Recount(customers, buckets.counts(),
                new ServiceRecordStats(records, byStatus, byPriority, byAssignee));
    }

    /** What {@link #recount} answers: the customer summary, the trend buckets of one period, the record stats. */
    public record Recount(CustomerStats customers, Map<String, Long> trend, ServiceRecordStats serviceRecords) {
    }
}
