package com.bantu.analytics.analytics;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** analytics: cached 300 s; 503 naming the source when its owner is down; 400 on bad parameters. */
@RestController
@RequestMapping("/api/analytics-monitoring/analytics")
@PreAuthorize(Roles.ANALYTICS_VIEW)
public class AnalyticsController {

    private final AnalyticsService analytics;

    public AnalyticsController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/customers/summary")
    @Operation(summary = "Customers: total, by type, by source, active in the last 30 days")
    public ApiResponse<CustomersSummary> customersSummary() {
        return ApiResponse.ok("获取客户统计摘要成功", analytics.customersSummary());
    }

    @GetMapping("/customers/trend")
    @Operation(summary = "New customers per day (30 buckets), week or month (12 buckets)")
    public ApiResponse<CustomerTrend> customersTrend(@RequestParam(required = false) String period) {
        return ApiResponse.ok("获取客户增长趋势成功", analytics.customersTrend(period));
    }

    @GetMapping("/orders/summary")
    @Operation(summary = "Orders (business-service; zeros with source_available=false until it exists)")
    public ApiResponse<OrdersSummary> ordersSummary(
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate) {
        return ApiResponse.ok("获取订单统计摘要成功", analytics.ordersSummary(startDate, endDate));
    }

    @GetMapping("/orders/revenue")
    @Operation(summary = "Revenue per day, week or month (business-service)")
    public ApiResponse<Revenue> revenue(@RequestParam(required = false) String period) {
        return ApiResponse.ok("获取收入统计成功", analytics.revenue(period));
    }

    @GetMapping("/service-records/statistics")
    @Operation(summary = "Service records by status, priority and assignee")
    public ApiResponse<ServiceRecordStatistics> serviceRecordStatistics() {
        return ApiResponse.ok("获取服务记录统计成功", analytics.serviceRecordStatistics());
    }

    @GetMapping("/users/activity")
    @Operation(summary = "Users: total, logged in within 30 days, by role code, last-login buckets")
    public ApiResponse<UserActivity> userActivity() {
        return ApiResponse.ok("获取用户活跃度统计成功", analytics.userActivity());
    }

    @GetMapping("/organizations/summary")
    @Operation(summary = "Organizations: total, active employees, by type")
    public ApiResponse<OrganizationSummary> organizationSummary() {
        return ApiResponse.ok("获取组织统计摘要成功", analytics.organizationSummary());
    }
}
