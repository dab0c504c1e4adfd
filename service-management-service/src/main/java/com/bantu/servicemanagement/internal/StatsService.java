package com.bantu.servicemanagement.internal;

import com.bantu.common.api.QueryParams;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates for analytics, computed by GROUP BY in the database (never by loading rows). Deleted customers and
 * service records are not counted. Trend buckets are filled from per-day counts of at most ~370 rows.
 */
@Service
public class StatsService {

    static final List<String> PERIODS = List.of("day", "week", "month");

    private final JdbcTemplate jdbc;

    public StatsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public CustomerStats customers() {
        Map<String, Long> byType = new LinkedHashMap<>();
        byType.put("individual", 0L);
        byType.put("organization", 0L);
        Map<String, Long> bySource = new LinkedHashMap<>();
        bySource.put("own", 0L);
        bySource.put("agent", 0L);
        long[] total = {0};
        jdbc.query("SELECT customer_type, customer_source_type, COUNT(*) FROM customers WHERE deleted_at IS NULL "
                + "GROUP BY customer_type, customer_source_type", rs -> {
                    long n = rs.getLong(3);
                    total[0] += n;
                    byType.merge(rs.getString(1), n, Long::sum);
                    bySource.merge(rs.getString(2), n, Long::sum);
                });
        Long active = jdbc.queryForObject("SELECT COUNT(DISTINCT r.customer_id) FROM service_records r "
                + "JOIN customers c ON c.id = r.customer_id "
                + "WHERE r.created_at >= ? AND r.deleted_at IS NULL AND c.deleted_at IS NULL",
                Long.class, LocalDateTime.now().minusDays(30));
        return new CustomerStats(total[0], byType, bySource, active == null ? 0 : active);
    }

    @Transactional(readOnly = true)
    public CustomerTrend customerTrend(String rawPeriod) {
        String checked = QueryParams.requireOneOf("period", rawPeriod, PERIODS);
        String period = checked == null ? "day" : checked;
        TrendBuckets buckets = new TrendBuckets(period, LocalDate.now());
        jdbc.query("SELECT CAST(created_at AS DATE) AS d, COUNT(*) FROM customers "
                + "WHERE deleted_at IS NULL AND created_at >= ? GROUP BY CAST(created_at AS DATE)", rs -> {
                    Date d = rs.getDate(1);
                    buckets.add(d.toLocalDate(), rs.getLong(2));
                }, buckets.from().atStartOfDay());
        List<CustomerTrend.Point> points = new ArrayList<>();
        buckets.counts().forEach((date, value) -> points.add(new CustomerTrend.Point(date, value)));
        return new CustomerTrend(period, points);
    }

    @Transactional(readOnly = true)
    public ServiceRecordStats serviceRecords() {
        Map<String, Long> byStatus = new TreeMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM service_records WHERE deleted_at IS NULL GROUP BY status",
                rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> byPriority = new TreeMap<>();
        jdbc.query("SELECT priority, COUNT(*) FROM service_records WHERE deleted_at IS NULL GROUP BY priority",
                rs -> {
                    byPriority.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> byAssignee = new HashMap<>();
        jdbc.query("SELECT sales_user_id, COUNT(*) FROM service_records WHERE deleted_at IS NULL "
                + "AND sales_user_id IS NOT NULL GROUP BY sales_user_id", rs -> {
                    byAssignee.put(rs.getString(1), rs.getLong(2));
                });
        return new ServiceRecordStats(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                byPriority, new TreeMap<>(byAssignee));
    }
}
