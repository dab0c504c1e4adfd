package com.bantu.servicemanagement.internal;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.scope.StatsScope;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service-to-service API for analytics-monitoring-service (never routed by the gateway); the payloads are the
 * records of this package. Callers use a service token (role SERVICE) or an admin token. The reads take a dashboard
 * reader's data scope as {@link StatsScope} query parameters ({@code scope}, {@code scope_user_id},
 * {@code scope_org_ids}, {@code scope_roles}; none = every record) and count only the records in it.
 */
@Hidden
@RestController
@RequestMapping("/internal/stats")
@PreAuthorize(Roles.INTERNAL)
public class InternalStatsController {

    private final StatsService stats;

    public InternalStatsController(StatsService stats) {
        this.stats = stats;
    }

    /** {@code {total, by_type{individual, organization}, by_source{own, agent}, active_count}}. */
    @GetMapping("/customers")
    public ApiResponse<CustomerStats> customers(@RequestParam Map<String, String> query) {
        return ApiResponse.ok(stats.customers(StatsScope.fromQuery(query::get)));
    }

    /** {@code {period, data[{date, value}]}}: new customers per day (30), week (12, Mondays) or month (12). */
    @GetMapping("/customers/trend")
    public ApiResponse<CustomerTrend> trend(@RequestParam(required = false) String period,
                                            @RequestParam Map<String, String> query) {
        return ApiResponse.ok(stats.customerTrend(period, StatsScope.fromQuery(query::get)));
    }

    /**
     * Recounts the stats rollups from the base tables (after rows were written with bulk SQL, which the rollup
     * listener does not see); answers the customer summary as recounted.
     */
    @PostMapping("/rollups/rebuild")
    public ApiResponse<CustomerStats> rebuild() {
        stats.rebuild();
        return ApiResponse.ok(stats.customers());
    }

    /** {@code {total, by_status{}, by_priority{}, by_assignee{sales_user_id: n}}}. */
    @GetMapping("/service-records")
    public ApiResponse<ServiceRecordStats> serviceRecords(@RequestParam Map<String, String> query) {
        return ApiResponse.ok(stats.serviceRecords(StatsScope.fromQuery(query::get)));
    }
}
