package com.bantu.business.stats;

import com.bantu.common.security.Roles;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.scope.StatsScope;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aggregates for analytics-monitoring-service (never routed by the gateway; SERVICE tokens or ADMIN). A dashboard
 * reader's data scope comes as {@link StatsScope} query parameters ({@code scope}, {@code scope_user_id},
 * {@code scope_org_ids}, {@code scope_roles}; none = every order).
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

    /** {@code {total, by_status{}, by_service_type{}, total_revenue (IDR), revenue_by_currency{}}}. */
    @GetMapping("/orders")
    public ApiResponse<Map<String, Object>> orders(@RequestParam(name = "start_date", required = false) String start,
                                                   @RequestParam(name = "end_date", required = false) String end,
                                                   @RequestParam Map<String, String> query) {
        return ApiResponse.ok(stats.orders(start, end, StatsScope.fromQuery(query::get)));
    }

    @GetMapping("/revenue")
    public ApiResponse<Map<String, Object>> revenue(@RequestParam(required = false) String period,
                                                    @RequestParam Map<String, String> query) {
        return ApiResponse.ok(stats.revenue(period, StatsScope.fromQuery(query::get)));
    }
}
