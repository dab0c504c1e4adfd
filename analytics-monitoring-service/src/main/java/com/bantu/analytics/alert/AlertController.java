package com.bantu.analytics.alert;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts raised by the sampler (rows in bantu_analytics). ADMIN only. */
@RestController
@RequestMapping("/api/analytics-monitoring/monitoring/alerts")
@PreAuthorize(Roles.MONITORING_VIEW)
public class AlertController {

    private final AlertService alerts;

    public AlertController(AlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/active")
    @Operation(summary = "ACTIVE alerts (include_acknowledged=true adds ACKNOWLEDGED ones), newest first")
    public ApiResponse<AlertList> active(
            @RequestParam(name = "include_acknowledged", defaultValue = "false") boolean includeAcknowledged) {
        return ApiResponse.ok("获取活跃预警列表成功", alerts.active(includeAcknowledged));
    }

    @GetMapping
    @Operation(summary = "Alert history, newest first; filters status, level, metric (cpu|memory)")
    public ApiResponse<ItemsPage<AlertView>> history(@RequestParam(required = false) String status,
                                                     @RequestParam(required = false) String level,
                                                     @RequestParam(required = false) String metric,
                                                     @RequestParam(required = false) Integer page,
                                                     @RequestParam(required = false) Integer size) {
        return ApiResponse.ok("获取预警历史成功", alerts.history(status, level, metric, page, size));
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(Roles.MONITORING_MANAGE)
    @Operation(summary = "ACTIVE → ACKNOWLEDGED (records who and when); 404 for an unknown id")
    public ApiResponse<Boolean> acknowledge(@PathVariable String id) {
        return ApiResponse.ok("预警确认成功", alerts.acknowledge(id));
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize(Roles.MONITORING_MANAGE)
    @Operation(summary = "Resolve an open alert by hand (records who and when); 404 for an unknown id")
    public ApiResponse<Boolean> resolve(@PathVariable String id) {
        return ApiResponse.ok("预警已解决", alerts.resolve(id));
    }
}
