package com.bantu.business.order;

import com.bantu.business.order.OrderStageTemplateService.TemplateRequest;
import com.bantu.business.order.OrderStageTemplateService.TemplateResponse;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.audit.AuditChanges;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Processing-stage templates and the service types that use them (reads for every role, writes ADMIN). */
@Tag(name = "order stage templates")
@RestController
@RequestMapping({"/api/business/order-stage-templates", "/api/order-workflow/order-stage-templates"})
@PreAuthorize(Roles.ORDER_VIEW)
public class OrderStageTemplateController {

    private final OrderStageTemplateService service;

    public OrderStageTemplateController(OrderStageTemplateService service) {
        this.service = service;
    }

    @GetMapping
    public ApiResponse<List<TemplateResponse>> list() {
        return ApiResponse.ok(service.list());
    }

    @GetMapping("/{code}")
    public ApiResponse<TemplateResponse> get(@PathVariable String code) {
        return ApiResponse.ok(service.get(code));
    }

    @PutMapping("/{code}")
    @PreAuthorize(Roles.ADMIN)
    public ApiResponse<TemplateResponse> put(@PathVariable String code, @Valid @RequestBody TemplateRequest r) {
        AuditChanges.before(() -> service.get(code));
        return ApiResponse.ok("阶段模板已保存", service.put(code, r));
    }

    @DeleteMapping("/{code}")
    @PreAuthorize(Roles.ADMIN)
    public ApiResponse<Void> delete(@PathVariable String code) {
        AuditChanges.before(() -> service.get(code));
        service.delete(code);
        return ApiResponse.ok("阶段模板已删除", null);
    }
}
