package com.bantu.foundation.audit;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.PageQuery;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail, ADMIN only, read-only (no update or delete endpoint: records are append-only). Records arrive as
 * events from every service ({@link AuditEventHandler}) and from foundation's own requests
 * ({@link LocalAuditRecorder}).
 */
@Tag(name = "audit-logs")
@RestController
@RequestMapping("/api/foundation/audit-logs")
@PreAuthorize(Roles.AUDIT_VIEW)
public class AuditLogController {

    private final AuditLogService service;

    public AuditLogController(AuditLogService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<AuditLogPage> list(@RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(name = "organization_id", required = false) String organizationId,
                                          @RequestParam(name = "user_id", required = false) String userId,
                                          @RequestParam(required = false) String action,
                                          @RequestParam(name = "resource_type", required = false) String resourceType,
                                          @RequestParam(name = "resource_id", required = false) String resourceId,
                                          @RequestParam(required = false) String category,
                                          @RequestParam(required = false) String status,
                                          @RequestParam(name = "start_time", required = false) String startTime,
                                          @RequestParam(name = "end_time", required = false) String endTime,
                                          @RequestParam(name = "order_by", required = false) String orderBy,
                                          @RequestParam(name = "order_desc", required = false) Boolean orderDesc) {
        return ApiResponse.ok(service.list(new AuditLogFilter(organizationId, userId, action, resourceType, resourceId,
                category, status, startTime, endTime), PageQuery.of(page, size), orderBy, orderDesc));
    }

    @PostMapping("/export")
    public ApiResponse<AuditLogExport> export(@RequestBody(required = false) AuditLogExportRequest request) {
        AuditLogExportRequest r = request != null ? request
                : new AuditLogExportRequest(null, null, null, null, null, null, null, null, null, null);
        return ApiResponse.ok(service.export(r.filter(), r.format()));
    }

    @GetMapping("/{id}")
    public ApiResponse<AuditLogResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @GetMapping("/users/{userId}")
    public ApiResponse<AuditLogPage> byUser(@PathVariable String userId,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(name = "start_time", required = false) String startTime,
                                            @RequestParam(name = "end_time", required = false) String endTime) {
        return ApiResponse.ok(service.list(new AuditLogFilter(null, userId, null, null, null, null, null, startTime,
                endTime), PageQuery.of(page, size), null, null));
    }

    @GetMapping("/resources/{resourceType}/{resourceId}")
    public ApiResponse<AuditLogPage> byResource(@PathVariable String resourceType, @PathVariable String resourceId,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size,
                                                @RequestParam(name = "start_time", required = false) String startTime,
                                                @RequestParam(name = "end_time", required = false) String endTime) {
        return ApiResponse.ok(service.list(new AuditLogFilter(null, null, null, resourceType, resourceId, null, null,
                startTime, endTime), PageQuery.of(page, size), null, null));
    }
}
