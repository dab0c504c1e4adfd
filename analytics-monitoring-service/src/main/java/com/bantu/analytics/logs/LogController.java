package com.bantu.analytics.logs;

import com.bantu.common.security.Roles;
import com.bantu.common.api.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The system-log page: every service's log events, stored here. ADMIN only. */
@RestController
@RequestMapping("/api/analytics-monitoring/logs")
@PreAuthorize(Roles.LOG_VIEW)
public class LogController {

    private final LogService logs;

    public LogController(LogService logs) {
        this.logs = logs;
    }

    @PostMapping("/query")
    @Operation(summary = "Log entries, newest first: services, levels, start_time/end_time, keyword (literal, "
            + "case-insensitive), file, function, request_id, user_id; page (1-based), page_size (default 50, max 500)")
    public ApiResponse<LogPage> query(@RequestBody(required = false) LogQueryRequest request) {
        return ApiResponse.ok("查询日志成功", logs.query(request));
    }

    @GetMapping("/query")
    @Operation(summary = "As POST /logs/query with query parameters (services and levels comma-joined)")
    public ApiResponse<LogPage> queryByParams(@RequestParam(required = false) String services,
                                              @RequestParam(required = false) String levels,
                                              @RequestParam(name = "start_time", required = false) String startTime,
                                              @RequestParam(name = "end_time", required = false) String endTime,
                                              @RequestParam(required = false) String keyword,
                                              @RequestParam(required = false) String file,
                                              @RequestParam(required = false) String function,
                                              @RequestParam(name = "request_id", required = false) String requestId,
                                              @RequestParam(name = "user_id", required = false) String userId,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(name = "page_size", required = false) Integer pageSize) {
        return ApiResponse.ok("查询日志成功", logs.query(new LogQueryRequest(split(services), split(levels),
                startTime, endTime, keyword, file, function, requestId, userId, page, pageSize)));
    }

    @GetMapping("/statistics")
    @Operation(summary = "Counts by level and by service over start_time..end_time (default: the retention "
            + "window); services comma-joined")
    public ApiResponse<LogStatistics> statistics(@RequestParam(required = false) String services,
                                                 @RequestParam(name = "start_time", required = false) String start,
                                                 @RequestParam(name = "end_time", required = false) String end) {
        return ApiResponse.ok("获取日志统计成功", logs.statistics(services, start, end));
    }

    private static List<String> split(String csv) {
        return csv == null ? null : List.of(csv.split(","));
    }
}
