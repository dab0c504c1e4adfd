package com.bantu.analytics.monitoring;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Health and metrics of this service's own database: the connection pool (Hikari) and the server's status
 * counters ({@code SHOW GLOBAL STATUS}, MySQL and MariaDB). Questions per second is the rate since the previous
 * call (the average since server start on the first call).
 */
@Service
public class DatabaseMonitorService {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMonitorService.class);
    private static final long MAX_RATE_WINDOW_NANOS = 600_000_000_000L;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private long previousQuestions = -1;
    private long previousAt;

    public DatabaseMonitorService(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(2);
    }

    public DatabaseHealth health() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            DatabaseMetaData md = c.getMetaData();
            return new DatabaseHealth(valid ? "healthy" : "unhealthy", pool(),
                    md.getDatabaseProductName() + " " + md.getDatabaseProductVersion(), c.getCatalog(), now(),
                    valid ? null : "connection did not validate");
        } catch (SQLException | RuntimeException e) {
            log.warn("[DatabaseMonitorService] health - failure: {}", e.getMessage());
            return new DatabaseHealth("unhealthy", pool(), null, null, now(), e.getClass().getSimpleName());
        }
    }

    public DatabaseMetrics metrics() {
        Map<String, Object> pool = pool();
        int active = (int) pool.getOrDefault("active", 0);
        int idle = (int) pool.getOrDefault("idle", 0);
        int max = (int) pool.getOrDefault("max", 0);
        Map<String, Long> status;
        Long maxServer;
        try {
            status = new HashMap<>();
            jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN "
                            + "('Threads_connected','Threads_running','Slow_queries','Questions','Uptime')",
                    rs -> {
                        status.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), parse(rs.getString(2)));
                    });
            maxServer = jdbc.query("SHOW VARIABLES LIKE 'max_connections'",
                    rs -> rs.next() ? parse(rs.getString(2)) : null);
        } catch (RuntimeException e) {
            log.debug("server status unavailable: {}", e.getMessage());
            return new DatabaseMetrics(active, idle, max, null, null, null, null, null, null, false, now());
        }
        return new DatabaseMetrics(active, idle, max, status.get("threads_connected"), status.get("threads_running"),
                maxServer, status.get("slow_queries"), questionsPerSecond(status.get("questions"),
                status.get("uptime")), status.get("uptime"), true, now());
    }

    private synchronized Double questionsPerSecond(Long questions, Long uptime) {
        if (questions == null) {
            return null;
        }
        long nowNanos = System.nanoTime();
        Double rate = null;
        long elapsed = nowNanos - previousAt;
        if (previousQuestions >= 0 && questions >= previousQuestions && elapsed > 0
                && elapsed < MAX_RATE_WINDOW_NANOS) {
            rate = (questions - previousQuestions) / (elapsed / 1e9);
        } else if (uptime != null && uptime > 0) {
            rate = questions / (double) uptime;
        }
        previousQuestions = questions;
        previousAt = nowNanos;
        return rate == null ? null : SystemMetricsService.round(rate);
    }

    private Map<String, Object> pool() {
        Map<String, Object> pool = new LinkedHashMap<>();
        try {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            HikariPoolMXBean mx = hikari.getHikariPoolMXBean();
            if (mx != null) {
                pool.put("active", mx.getActiveConnections());
                pool.put("idle", mx.getIdleConnections());
                pool.put("total", mx.getTotalConnections());
                pool.put("pending", mx.getThreadsAwaitingConnection());
            }
            pool.put("max", hikari.getMaximumPoolSize());
        } catch (SQLException | RuntimeException e) {
            log.debug("pool statistics unavailable: {}", e.getMessage());
        }
        return pool;
    }

    private static Long parse(String v) {
        try {
            return v == null ? null : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
