package com.bantu.workflow.internal;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.Roles;
import com.bantu.workflow.config.DeadlockRetry;
import com.bantu.workflow.instance.Caller;
import com.bantu.workflow.instance.InstanceResponse;
import com.bantu.workflow.instance.InstanceService;
import com.bantu.workflow.instance.InternalStartRequest;
import com.bantu.workflow.instance.SignalRequest;
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

/**
 * For other services (service tokens; never routed by the gateway): start an instance idempotently, and complete
 * the open review when an ADMIN uses the SPA's order status button in business-service, and read an object's
 * latest instance (business-service's order workflow view).
 */
@Tag(name = "internal")
@RestController
@RequestMapping("/internal/instances")
@PreAuthorize(Roles.INTERNAL)
public class InternalWorkflowController {

    /** A calling service reads every instance (the caller's own scope is that service's business). */
    private static final Caller SERVICE_READER = new Caller("service", List.of("ADMIN"));

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

    /**
     * The latest instance of a business object with its tasks and transitions, for the service that owns the object
     * (business-service's order workflow view; it checks its caller's data scope on the order itself). 404 when
     * there is none.
     */
    @GetMapping("/by-business/{businessType}/{businessId}")
    public ApiResponse<InstanceResponse> byBusiness(@PathVariable String businessType, @PathVariable String businessId,
                                                    @RequestParam(required = false) String lang) {
        return ApiResponse.ok(service.byBusiness(businessType, businessId, SERVICE_READER, lang));
    }

    private static Caller actor(SignalRequest req) {
        List<String> roles = req.actorRoles() == null || req.actorRoles().isEmpty() ? List.of("ADMIN")
                : req.actorRoles();
        return new Caller(req.actorId().trim(), roles);
    }
}
