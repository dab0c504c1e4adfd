package com.bantu.servicemanagement.servicerecord;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import com.bantu.servicemanagement.followup.FollowUpRequest;
import com.bantu.servicemanagement.followup.FollowUpResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "service records")
@RestController
@RequestMapping("/api/service-management/service-records")
@PreAuthorize(Roles.SERVICE_RECORD_VIEW)
public class ServiceRecordController {

    private final ServiceRecordService service;

    public ServiceRecordController(ServiceRecordService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<ItemsPage<ServiceRecordResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(name = "customer_id", required = false) String customerId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority,
            @RequestParam(name = "sales_user_id", required = false) String salesUserId,
            @RequestParam(name = "service_type_id", required = false) String serviceTypeId,
            @RequestParam(name = "product_id", required = false) String productId,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted,
            @RequestParam(name = "sort_by", required = false) String sortBy,
            @RequestParam(name = "sort_order", required = false) String sortOrder) {
        return ApiResponse.ok(service.list(new ServiceRecordService.Filter(customerId, status, priority, salesUserId,
                serviceTypeId, productId, includeDeleted), PageQuery.of(page, size), sortBy, sortOrder));
    }

    @GetMapping("/customers/{customerId}/service-records")
    public ApiResponse<ItemsPage<ServiceRecordResponse>> byCustomer(
            @PathVariable String customerId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String status) {
        return ApiResponse.ok(service.byCustomer(customerId, status, PageQuery.of(page, size)));
    }

    @GetMapping("/{id}")
    public ApiResponse<ServiceRecordResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.SERVICE_RECORD_CREATE)
    public ApiResponse<ServiceRecordResponse> create(
            @Valid @RequestBody CreateServiceRecordRequest req) {
        return ApiResponse.ok("服务记录创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.SERVICE_RECORD_UPDATE)
    public ApiResponse<ServiceRecordResponse> update(@PathVariable String id,
                                                     @Valid @RequestBody UpdateServiceRecordRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("服务记录更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.SERVICE_RECORD_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("服务记录已删除", null);
    }

    @PutMapping("/{id}/restore")
    @PreAuthorize(Roles.SERVICE_RECORD_DELETE)
    public ApiResponse<ServiceRecordResponse> restore(@PathVariable String id) {
        AuditChanges.restored(() -> service.get(id)); // get sees a deleted record (restore needs it)
        return ApiResponse.ok("服务记录已恢复", service.restore(id));
    }

    @GetMapping("/{id}/follow-ups")
    public ApiResponse<List<FollowUpResponse>> followUps(@PathVariable String id) {
        return ApiResponse.ok(service.followUps(id));
    }

    @PostMapping("/{id}/follow-ups")
    @PreAuthorize(Roles.SERVICE_RECORD_UPDATE)
    public ApiResponse<FollowUpResponse> addFollowUp(@PathVariable String id,
                                                     @Valid @RequestBody FollowUpRequest req) {
        return ApiResponse.ok("跟进记录已添加", service.addFollowUp(id, req));
    }
}
