package com.bantu.common.events;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.FieldError;
import com.bantu.common.error.ValidationException;
import com.bantu.common.security.Roles;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/events}: service tokens only (a user token is refused with 403). 200 means "acknowledged"
 * — processed now, processed before (same id), or of a type this service does not handle. A handler failure answers
 * 500 and the producer retries.
 */
@Hidden
@RestController
public class IntegrationEventsController {

    private final EventInbox inbox;

    public IntegrationEventsController(EventInbox inbox) {
        this.inbox = inbox;
    }

    @PostMapping(EventSender.PATH)
    @PreAuthorize(Roles.INTERNAL)
    public ApiResponse<Map<String, Object>> receive(
            @RequestHeader(name = EventSender.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody EventEnvelope envelope) {
        List<FieldError> errors = new ArrayList<>();
        if (envelope.id() == null || envelope.id().isBlank() || envelope.id().length() > 64) {
            errors.add(new FieldError("id", "必填，最长64个字符"));
        } else if (idempotencyKey == null || !idempotencyKey.equals(envelope.id())) {
            errors.add(new FieldError("id", "与请求头 Idempotency-Key 不一致"));
        }
        if (envelope.type() == null || envelope.type().isBlank() || envelope.type().length() > 100) {
            errors.add(new FieldError("type", "必填，最长100个字符"));
        }
        if (envelope.payload() == null || envelope.payload().isNull()) {
            errors.add(new FieldError("payload", "必填"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        EventInbox.Outcome outcome = inbox.receive(envelope);
        return ApiResponse.ok(Map.of("id", envelope.id(), "outcome", outcome.name().toLowerCase()));
    }
}
