package com.bantu.servicemanagement.customer;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import com.bantu.servicemanagement.followup.FollowUpRequest;
import com.bantu.servicemanagement.followup.FollowUpResponse;
import com.bantu.servicemanagement.followup.FollowUpService;
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

@Tag(name = "customers")
@RestController
@RequestMapping("/api/service-management/customers")
@PreAuthorize(Roles.CUSTOMER_VIEW)
public class CustomerController {

    private final CustomerService service;
    private final CustomerDocumentService documents;
    private final PaymentStageService stages;
    private final FollowUpService followUps;

    public CustomerController(CustomerService service, CustomerDocumentService documents, PaymentStageService stages,
                              FollowUpService followUps) {
        this.service = service;
        this.documents = documents;
        this.stages = stages;
        this.followUps = followUps;
    }

    @GetMapping
    public ApiResponse<ItemsPage<CustomerResponse>> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String name,
            @RequestParam(name = "name_match", required = false) String nameMatch,
            @RequestParam(required = false) String code,
            @RequestParam(name = "customer_type", required = false) String customerType,
            @RequestParam(name = "customer_source_type", required = false) String customerSourceType,
            @RequestParam(name = "parent_customer_id", required = false) String parentCustomerId,
            @RequestParam(name = "owner_user_id", required = false) String ownerUserId,
            @RequestParam(name = "agent_id", required = false) String agentId,
            @RequestParam(name = "source_id", required = false) String sourceId,
            @RequestParam(name = "channel_id", required = false) String channelId,
            @RequestParam(name = "is_locked", required = false) Boolean isLocked,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted,
            @RequestParam(name = "industry_id", required = false) String industryId,
            @RequestParam(name = "view_type", required = false) String viewType,
            @RequestParam(name = "sort_by", required = false) String sortBy,
            @RequestParam(name = "sort_order", required = false) String sortOrder) {
        return ApiResponse.ok(service.list(new CustomerService.Filter(name, nameMatch, code, customerType,
                customerSourceType, parentCustomerId, ownerUserId, agentId, sourceId, channelId, isLocked,
                includeDeleted, blankToNull(industryId), blankToNull(viewType)), PageQuery.of(page, size), sortBy,
                sortOrder));
    }

    @GetMapping("/{id}")
    public ApiResponse<CustomerResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.CUSTOMER_CREATE)
    public ApiResponse<CustomerResponse> create(
            @Valid @RequestBody CreateCustomerRequest req) {
        return ApiResponse.ok("客户创建成功", service.create(req));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CUSTOMER_UPDATE)
    public ApiResponse<CustomerResponse> update(@PathVariable String id, @Valid @RequestBody UpdateCustomerRequest req) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("客户更新成功", service.update(id, req));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.CUSTOMER_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("客户已删除", null);
    }

    @PutMapping("/{id}/restore")
    @PreAuthorize(Roles.CUSTOMER_DELETE)
    public ApiResponse<CustomerResponse> restore(@PathVariable String id) {
        AuditChanges.restored(() -> service.get(id)); // get sees a deleted customer (restore needs it)
        return ApiResponse.ok("客户已恢复", service.restore(id));
    }

    // ---------------------------------------------------------------- documents

    @GetMapping("/{id}/documents")
    public ApiResponse<List<CustomerDocumentResponse>> documents(@PathVariable String id) {
        return ApiResponse.ok(documents.list(id));
    }

    @GetMapping("/{id}/documents/{documentId}")
    public ApiResponse<CustomerDocumentResponse> document(@PathVariable String id, @PathVariable String documentId) {
        return ApiResponse.ok(documents.get(id, documentId));
    }

    @PostMapping("/{id}/documents")
    @PreAuthorize(Roles.CUSTOMER_UPDATE)
    public ApiResponse<CustomerDocumentResponse> addDocument(
            @PathVariable String id,
            @Valid @RequestBody CreateCustomerDocumentRequest req) {
        return ApiResponse.ok("证件已添加", documents.create(id, req));
    }

    @PutMapping("/{id}/documents/{documentId}")
    @PreAuthorize(Roles.CUSTOMER_UPDATE)
    public ApiResponse<CustomerDocumentResponse> updateDocument(@PathVariable String id,
                                                                @PathVariable String documentId,
                                                                @Valid @RequestBody UpdateCustomerDocumentRequest req) {
        AuditChanges.before(() -> documents.get(id, documentId));
        return ApiResponse.ok("证件已更新", documents.update(id, documentId, req));
    }

    @DeleteMapping("/{id}/documents/{documentId}")
    @PreAuthorize(Roles.CUSTOMER_UPDATE)
    public ApiResponse<Void> deleteDocument(@PathVariable String id, @PathVariable String documentId) {
        AuditChanges.before(() -> documents.get(id, documentId));
        documents.delete(id, documentId);
        return ApiResponse.ok("证件已删除", null);
    }

    // ---------------------------------------------------------------- payment stages

    @GetMapping("/{id}/payment-stages")
    public ApiResponse<List<PaymentStageResponse>> paymentStages(@PathVariable String id) {
        return ApiResponse.ok(stages.list(id));
    }

    @GetMapping("/{id}/payment-stages/{stageId}")
    public ApiResponse<PaymentStageResponse> paymentStage(@PathVariable String id, @PathVariable String stageId) {
        return ApiResponse.ok(stages.get(id, stageId));
    }

    @PostMapping("/{id}/payment-stages")
    @PreAuthorize(Roles.PAYMENT_STAGE_MANAGE)
    public ApiResponse<PaymentStageResponse> addPaymentStage(
            @PathVariable String id,
            @Valid @RequestBody CreatePaymentStageRequest req) {
        return ApiResponse.ok("付款阶段已添加", stages.create(id, req));
    }

    @PutMapping("/{id}/payment-stages/{stageId}")
    @PreAuthorize(Roles.PAYMENT_STAGE_MANAGE)
    public ApiResponse<PaymentStageResponse> updatePaymentStage(@PathVariable String id,
                                                                @PathVariable String stageId,
                                                                @Valid @RequestBody UpdatePaymentStageRequest req) {
        AuditChanges.before(() -> stages.get(id, stageId));
        return ApiResponse.ok("付款阶段已更新", stages.update(id, stageId, req));
    }

    @DeleteMapping("/{id}/payment-stages/{stageId}")
    @PreAuthorize(Roles.PAYMENT_STAGE_MANAGE)
    public ApiResponse<Void> deletePaymentStage(@PathVariable String id, @PathVariable String stageId) {
        AuditChanges.before(() -> stages.get(id, stageId));
        stages.delete(id, stageId);
        return ApiResponse.ok("付款阶段已删除", null);
    }

    // ---------------------------------------------------------------- follow-ups

    /** The customer's timeline, newest first, including the follow-ups of its service records. */
    @GetMapping("/{id}/follow-ups")
    public ApiResponse<List<FollowUpResponse>> followUps(@PathVariable String id) {
        service.require(id);
        return ApiResponse.ok(followUps.byCustomer(id));
    }

    @PostMapping("/{id}/follow-ups")
    @PreAuthorize(Roles.CUSTOMER_UPDATE)
    public ApiResponse<FollowUpResponse> addFollowUp(@PathVariable String id,
                                                     @Valid @RequestBody FollowUpRequest req) {
        service.require(id);
        return ApiResponse.ok("跟进记录已添加", followUps.add(id, null, req));
    }

    /** The current client sends empty strings for unset filters: they mean "absent". */
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
