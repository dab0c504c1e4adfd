package com.bantu.workflow.instance;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import com.bantu.workflow.config.DeadlockRetry;
import com.bantu.workflow.task.TaskResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "workflow instances")
@RestController
@RequestMapping("/api/workflow/instances")
@PreAuthorize(Roles.WORKFLOW_VIEW)
public class InstanceController {

    private final InstanceService service;

    public InstanceController(InstanceService service) {
        this.service = service;
    }

    @PostMapping
    @PreAuthorize(Roles.WORKFLOW_OPERATE)
    public ApiResponse<InstanceResponse> start(@Valid @RequestBody StartRequest req) {
        return ApiResponse.ok("流程已启动", DeadlockRetry.run(() -> service.start(req, Caller.current())));
    }

    @GetMapping
    public ApiResponse<ItemsPage<InstanceResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "workflow_definition_id", required = false) String workflowDefinitionId,
            @RequestParam(name = "definition_code", required = false) String definitionCode,
            @RequestParam(name = "business_type", required = false) String businessType,
            @RequestParam(name = "business_id", required = false) String businessId,
            @RequestParam(required = false) String status,
            @RequestParam(name = "started_by", required = false) String startedBy,
            @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.list(new InstanceRepository.Filter(definitionCode, workflowDefinitionId,
                businessType, businessId, status, startedBy), Caller.current(), PageQuery.of(page, size), lang));
    }

    @GetMapping("/{id}")
    public ApiResponse<InstanceResponse> get(@PathVariable String id, @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.detail(id, Caller.current(), lang));
    }

    @GetMapping("/by-business/{businessType}/{businessId}")
    public ApiResponse<InstanceResponse> byBusiness(@PathVariable String businessType, @PathVariable String businessId,
                                                    @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.byBusiness(businessType, businessId, Caller.current(), lang));
    }

    /** The approval audit of a business object: every review, who completed it when, outcome and comment. */
    @GetMapping("/by-business/{businessType}/{businessId}/history")
    public ApiResponse<List<TaskResponse>> history(@PathVariable String businessType, @PathVariable String businessId,
                                                   @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.history(businessType, businessId, Caller.current(), lang));
    }

    @GetMapping("/{id}/transitions")
    public ApiResponse<List<TransitionResponse>> transitions(@PathVariable String id) {
        return ApiResponse.ok(service.transitions(id, Caller.current()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(Roles.WORKFLOW_OPERATE)
    public ApiResponse<InstanceResponse> cancel(@PathVariable String id,
                                                @Valid @RequestBody(required = false) CancelRequest req) {
        AuditChanges.before(() -> service.detail(id, Caller.current(), null));
        return ApiResponse.ok("流程已取消", DeadlockRetry.run(() -> service.cancel(id, req == null ? null : req.reason(),
                Caller.current())));
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize(Roles.WORKFLOW_MANAGE)
    public ApiResponse<InstanceResponse> suspend(@PathVariable String id) {
        AuditChanges.before(() -> service.detail(id, Caller.current(), null));
        return ApiResponse.ok("流程已挂起", DeadlockRetry.run(() -> service.suspend(id, Caller.current())));
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize(Roles.WORKFLOW_MANAGE)
    public ApiResponse<InstanceResponse> resume(@PathVariable String id) {
        AuditChanges.before(() -> service.detail(id, Caller.current(), null));
        return ApiResponse.ok("流程已恢复", DeadlockRetry.run(() -> service.resume(id, Caller.current())));
    }
}
