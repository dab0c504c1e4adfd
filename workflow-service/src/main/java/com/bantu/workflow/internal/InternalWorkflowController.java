package com.bantu.workflow.internal;

import com.bantu.common.api.ApiResponse;
import com.bantu.workflow.config.DeadlockRetry;
import com.bantu.common.security.Roles;
import com.bantu.workflow.instance.Caller;
import com.bantu.workflow.instance.InstanceDtos.InstanceResponse;
import com.bantu.workflow.instance.InstanceDtos.InternalStartRequest;
import com.bantu.workflow.instance.InstanceDtos.SignalRequest;
import com.bantu.workflow.instance.InstanceService;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For other services (service tokens; never routed by the gateway): start an instance idempotently, and complete
 * the open review when an ADMIN uses the SPA's order status button in business-service.
 */
@Tag(name = "internal")
@RestController
@RequestMapping("/internal/instances")
@PreAuthorize(Roles.INTERNAL)
public class InternalWorkflowController {

    private final InstanceService service;

    public InternalWorkflowController(InstanceService service) {
        this.service = service;
    }

    @PostMapping
    public ApiResponse<InstanceResponse> start(@Valid @RequestBody InternalStartRequest req) {
        return ApiResponse.ok(DeadlockRetry.run(() -> service.startIdempotent(req)));
    }

    @PostMapping("/{id}/signal")
    public ApiResponse<InstanceResponse> signal(@PathVariable String id, @Valid @RequestBody SignalRequest req) {
        return ApiResponse.ok(DeadlockRetry.run(() -> service.signal(id, req.outcome(), actor(req), req.comment())));
    }

    /** The same by business object, for a caller that does not know the instance id (order_approval). */
    @PostMapping("/by-business/{businessType}/{businessId}/signal")
    public ApiResponse<InstanceResponse> signalByBusiness(@PathVariable String businessType,
                                                          @PathVariable String businessId,
                                                          @Valid @RequestBody SignalRequest req) {
        return ApiResponse.ok(DeadlockRetry.run(() -> service.signalByBusiness("order_approval", businessType,
                businessId, req.outcome(), actor(req), req.comment())));
    }

    private static Caller actor(SignalRequest req) {
        List<String> roles = req.actorRoles() == null || req.actorRoles().isEmpty() ? List.of("ADMIN")
                : req.actorRoles();
        return new Caller(req.actorId().trim(), roles);
    }
}
