package com.bantu.workflow.task;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.workflow.config.DeadlockRetry;
import com.bantu.common.security.Roles;
import com.bantu.workflow.instance.Caller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "workflow tasks")
@RestController
@RequestMapping("/api/workflow/tasks")
@PreAuthorize(Roles.WORKFLOW_VIEW)
public class TaskController {

    private final ApprovalTaskService service;

    public TaskController(ApprovalTaskService service) {
        this.service = service;
    }

    /**
     * My inbox by default ({@code mine=true}: assigned to me, or unclaimed with a candidate group among my roles);
     * {@code mine=false} lists every task for ADMIN; {@code assigned_to_user_id} is for ADMIN.
     */
    @GetMapping
    public ApiResponse<ItemsPage<TaskResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String status,
            @RequestParam(name = "business_type", required = false) String businessType,
            @RequestParam(required = false, defaultValue = "true") boolean mine,
            @RequestParam(name = "assigned_to_user_id", required = false) String assignedToUserId,
            @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.list(new ApprovalTaskService.Filter(blank(status), blank(businessType), mine,
                blank(assignedToUserId)), Caller.current(), PageQuery.of(page, size), lang));
    }

    @GetMapping("/{id}")
    public ApiResponse<TaskResponse> get(@PathVariable String id, @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.get(id, Caller.current(), lang));
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize(Roles.WORKFLOW_OPERATE)
    public ApiResponse<TaskResponse> claim(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id, Caller.current(), null));
        return ApiResponse.ok("任务已认领", DeadlockRetry.run(() -> service.claim(id, caller())));
    }

    @PostMapping("/{id}/unclaim")
    @PreAuthorize(Roles.WORKFLOW_OPERATE)
    public ApiResponse<TaskResponse> unclaim(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id, Caller.current(), null));
        return ApiResponse.ok("任务已释放", DeadlockRetry.run(() -> service.unclaim(id, caller())));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(Roles.WORKFLOW_MANAGE)
    public ApiResponse<TaskResponse> assign(@PathVariable String id, @Valid @RequestBody AssignRequest req) {
        AuditChanges.before(() -> service.get(id, Caller.current(), null));
        return ApiResponse.ok("任务已分配", DeadlockRetry.run(() -> service.assign(id, req.userId(), caller())));
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize(Roles.WORKFLOW_OPERATE)
    public ApiResponse<TaskResponse> complete(@PathVariable String id, @Valid @RequestBody CompleteRequest req) {
        AuditChanges.before(() -> service.get(id, Caller.current(), null));
        return ApiResponse.ok("任务已完成", DeadlockRetry.run(() -> service.complete(id, caller(), req.outcome(),
                req.comment(), req.variables())));
    }

    private static Caller caller() {
        return Caller.current();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
