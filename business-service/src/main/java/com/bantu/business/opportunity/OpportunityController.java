package com.bantu.business.opportunity;

import com.bantu.business.order.OrderResponse;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "opportunities")
@RestController
@RequestMapping({"/api/business/opportunities", "/api/order-workflow/opportunities"})
@PreAuthorize(Roles.OPPORTUNITY_VIEW)
public class OpportunityController {

    private final OpportunityService service;

    public OpportunityController(OpportunityService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<RecordsPage<OpportunityResponse>> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(name = "owner_user_id", required = false) String ownerUserId,
            @RequestParam(name = "customer_id", required = false) String customerId,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String status,
            @RequestParam(required = false) String name,
            @RequestParam(name = "min_amount", required = false) BigDecimal minAmount,
            @RequestParam(name = "max_amount", required = false) BigDecimal maxAmount) {
        return ApiResponse.ok(service.list(new OpportunityService.Filter(ownerUserId, customerId, stage, status, name,
                minAmount, maxAmount), PageQuery.of(page, size)));
    }

    @GetMapping("/{id}")
    public ApiResponse<OpportunityResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.OPPORTUNITY_CREATE)
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<OpportunityResponse> create(@Valid @RequestBody CreateRequest r) {
        return ApiResponse.ok("商机创建成功", service.create(r));
    }

    @PostMapping("/convert-from-lead/{leadId}")
    @PreAuthorize(Roles.OPPORTUNITY_CREATE)
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<OpportunityResponse> fromLead(@PathVariable String leadId, @Valid @RequestBody CreateRequest r) {
        return ApiResponse.ok("线索已转化为商机", service.fromLead(leadId, r));
    }

    /** Body: a JSON array of product ids. */
    @PostMapping("/{id}/products/validate-dependencies")
    public ApiResponse<ProductDependencyRules.Check> validateDependencies(@PathVariable String id,
                                                                         @RequestBody List<String> productIds) {
        return ApiResponse.ok(service.validateDependencies(id, productIds));
    }

    /** Body: a JSON array of product ids. */
    @PostMapping("/products/calculate-order")
    public ApiResponse<List<ProductDependencyRules.Step>> calculateOrder(@RequestBody List<String> productIds) {
        return ApiResponse.ok(service.calculateOrder(productIds));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.OPPORTUNITY_UPDATE)
    public ApiResponse<OpportunityResponse> update(@PathVariable String id, @Valid @RequestBody UpdateRequest r) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("商机更新成功", service.update(id, r));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.OPPORTUNITY_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("商机已删除", null);
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(Roles.OPPORTUNITY_UPDATE)
    public ApiResponse<OpportunityResponse> assign(@PathVariable String id, @Valid @RequestBody AssignRequest r) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok(service.assign(id, r));
    }

    @PostMapping("/{id}/update-stage")
    @PreAuthorize(Roles.OPPORTUNITY_UPDATE)
    public ApiResponse<OpportunityResponse> updateStage(@PathVariable String id, @Valid @RequestBody StageRequest r) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok(service.updateStage(id, r));
    }

    @PutMapping("/{id}/stage")
    @PreAuthorize(Roles.OPPORTUNITY_UPDATE)
    public ApiResponse<OpportunityResponse> putStage(@PathVariable String id, @Valid @RequestBody StageRequest r) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok(service.updateStage(id, r));
    }

    @PostMapping({"/{id}/convert", "/{id}/convert-to-order"})
    @PreAuthorize(Roles.ORDER_CREATE)
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<OrderResponse> convert(@PathVariable String id,
                                              @Valid @RequestBody(required = false) ConvertRequest r,
                                              @RequestParam(required = false) String lang) {
        return ApiResponse.ok("商机已转化为订单", service.convert(id, r, lang));
    }

    @GetMapping("/{id}/follow-ups")
    public ApiResponse<List<FollowUpResponse>> followUps(@PathVariable String id) {
        return ApiResponse.ok(service.followUps(id));
    }

    @PostMapping("/{id}/follow-ups")
    @PreAuthorize(Roles.OPPORTUNITY_UPDATE)
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<FollowUpResponse> addFollowUp(@PathVariable String id, @Valid @RequestBody FollowUpRequest r) {
        return ApiResponse.ok(service.addFollowUp(id, r));
    }

    @GetMapping("/{id}/notes")
    public ApiResponse<List<NoteResponse>> notes(@PathVariable String id) {
        return ApiResponse.ok(service.notes(id));
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(Roles.OPPORTUNITY_UPDATE)
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<NoteResponse> addNote(@PathVariable String id, @Valid @RequestBody NoteRequest r) {
        return ApiResponse.ok(service.addNote(id, r));
    }
}
