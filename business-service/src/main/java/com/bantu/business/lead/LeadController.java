package com.bantu.business.lead;

import com.bantu.business.opportunity.CreateRequest;
import com.bantu.business.opportunity.OpportunityResponse;
import com.bantu.business.opportunity.OpportunityService;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

@Tag(name = "leads")
@RestController
@RequestMapping({"/api/business/leads", "/api/order-workflow/leads"})
@PreAuthorize(Roles.LEAD_VIEW)
public class LeadController {

    private final LeadService service;
    private final LeadConversions conversions;
    private final OpportunityService opportunities;

    public LeadController(LeadService service, LeadConversions conversions, OpportunityService opportunities) {
        this.service = service;
        this.conversions = conversions;
        this.opportunities = opportunities;
    }

    @GetMapping
    public ApiResponse<ItemsPage<LeadResponse>> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(name = "owner_user_id", required = false) String ownerUserId,
            @RequestParam(required = false) String status,
            @RequestParam(name = "is_in_public_pool", required = false) Boolean isInPublicPool,
            @RequestParam(name = "customer_id", required = false) String customerId,
            @RequestParam(name = "company_name", required = false) String companyName,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String email) {
        return ApiResponse.ok(service.list(new LeadService.Filter(ownerUserId, status, isInPublicPool, customerId,
                companyName, phone, email), PageQuery.of(page, size)));
    }

    @GetMapping("/{id}")
    public ApiResponse<LeadResponse> get(@PathVariable String id) {
        return ApiResponse.ok(service.get(id));
    }

    @PostMapping
    @PreAuthorize(Roles.LEAD_CREATE)
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<LeadResponse> create(@Valid @RequestBody LeadRequest r) {
        return ApiResponse.ok("线索创建成功", service.create(r));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.LEAD_UPDATE)
    public ApiResponse<LeadResponse> update(@PathVariable String id, @Valid @RequestBody LeadRequest r) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("线索更新成功", service.update(id, r));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.LEAD_DELETE)
    public ApiResponse<Void> delete(@PathVariable String id) {
        AuditChanges.before(() -> service.get(id));
        service.delete(id);
        return ApiResponse.ok("线索已删除", null);
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize(Roles.LEAD_UPDATE)
    public ApiResponse<LeadResponse> assign(@PathVariable String id, @Valid @RequestBody AssignRequest r) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("线索分配成功", service.assign(id, r));
    }

    @PostMapping("/{id}/move-to-pool")
    @PreAuthorize(Roles.LEAD_UPDATE)
    public ApiResponse<LeadResponse> moveToPool(@PathVariable String id,
                                                @Valid @RequestBody(required = false) MoveToPoolRequest r) {
        AuditChanges.before(() -> service.get(id));
        return ApiResponse.ok("线索已移入公海", service.moveToPool(id, r));
    }

    @PostMapping("/check-duplicate")
    public ApiResponse<DuplicateResponse> duplicates(@Valid @RequestBody DuplicateRequest r) {
        return ApiResponse.ok(service.duplicates(r));
    }

    @GetMapping("/{id}/follow-ups")
    public ApiResponse<List<FollowUpResponse>> followUps(@PathVariable String id) {
        return ApiResponse.ok(service.followUps(id));
    }

    @PostMapping("/{id}/follow-ups")
    @PreAuthorize(Roles.LEAD_UPDATE)
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<FollowUpResponse> addFollowUp(@PathVariable String id, @Valid @RequestBody FollowUpRequest r) {
        return ApiResponse.ok("跟进记录创建成功", service.addFollowUp(id, r));
    }

    @GetMapping("/{id}/notes")
    public ApiResponse<List<NoteResponse>> notes(@PathVariable String id) {
        return ApiResponse.ok(service.notes(id));
    }

    @PostMapping("/{id}/notes")
    @PreAuthorize(Roles.LEAD_UPDATE)
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<NoteResponse> addNote(@PathVariable String id, @Valid @RequestBody NoteRequest r) {
        return ApiResponse.ok("备注创建成功", service.addNote(id, r));
    }

    @PostMapping("/{id}/convert-to-customer")
    @PreAuthorize(Roles.LEAD_CONVERT)
    public ApiResponse<Map<String, Object>> toCustomer(@PathVariable String id,
                                                       @Valid @RequestBody(required = false)
                                                       ConvertToCustomerRequest r) {
        return ApiResponse.ok("线索已转化为客户", conversions.toCustomer(id, r == null ? null : r.customerName(),
                r == null ? null : r.contactName()));
    }

    @PostMapping("/{id}/convert-to-opportunity")
    @PreAuthorize(Roles.LEAD_CONVERT)
    public ApiResponse<Map<String, Object>> toOpportunity(@PathVariable String id,
                                                          @Valid @RequestBody(required = false)
                                                          ConvertToOpportunityRequest r) {
        LeadResponse lead = service.get(id);
        String name = r != null && r.opportunityName() != null && !r.opportunityName().isBlank()
                ? r.opportunityName().trim()
                : lead.companyName() != null ? lead.companyName() : lead.name();
        OpportunityResponse o = opportunities.fromLead(id, new CreateRequest(null, id, name,
                r == null ? null : r.amount(), null, null, null, null, null, null, null, null, null, null));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("opportunity_id", o.id());
        out.put("opportunity", o);
        return ApiResponse.ok("线索已转化为商机", out);
    }
}
