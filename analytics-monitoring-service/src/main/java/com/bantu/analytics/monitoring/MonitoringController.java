package com.bantu.analytics.monitoring;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** monitoring: host, database and service health. ADMIN only (it exposes host and database data). */
@RestController
@RequestMapping("/api/analytics-monitoring/monitoring")
@PreAuthorize(Roles.MONITORING_VIEW)
public class MonitoringController {

    private final ServiceHealthService services;
    private final DatabaseMonitorService database;
    private final SystemMetricsService system;

    public MonitoringController(ServiceHealthService services, DatabaseMonitorService database,
                                SystemMetricsService system) {
        this.services = services;
        this.database = database;
        this.system = system;
    }

    @GetMapping("/health/services")
    @Operation(summary = "Probes every configured service's /actuator/health in parallel")
    public ApiResponse<ServicesHealth> servicesHealth() {
        return ApiResponse.ok("获取服务健康状态成功", services.check());
    }

    @GetMapping("/health/database")
    @Operation(summary = "This service's database: validity, pool, version, schema")
    public ApiResponse<DatabaseHealth> databaseHealth() {
        return ApiResponse.ok("获取数据库健康状态成功", database.health());
    }

    @GetMapping("/metrics/system")
    @Operation(summary = "Host CPU, memory, disk, load, uptime, processes (OSHI)")
    public ApiResponse<SystemMetrics> systemMetrics() {
        return ApiResponse.ok("获取系统指标成功", system.sample());
    }

    @GetMapping("/metrics/database")
    @Operation(summary = "Pool connections and the server's threads, slow queries, questions per second")
    public ApiResponse<DatabaseMetrics> databaseMetrics() {
        return ApiResponse.ok("获取数据库指标成功", database.metrics());
    }
}
