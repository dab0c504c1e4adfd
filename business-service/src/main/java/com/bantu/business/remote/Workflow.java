package com.bantu.business.remote;

import com.bantu.common.error.ApiException;
import com.bantu.common.error.ConflictException;
import com.bantu.common.internal.InternalApiClient;
import com.bantu.common.internal.InternalCallException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * workflow-service's {@code /internal/instances} API: an ADMIN's status button on a submitted order completes the
 * open approval task on that user's behalf (workflow applies the same checks as its own task API, including "the
 * order's sales user never approves it"). The order itself moves when the approval result comes back as an event.
 * Never called inside a transaction; an unreachable workflow-service is a 503 naming it.
 */
@Component
public class Workflow {

    static final String SERVICE = "workflow";

    private final InternalApiClient client;
    private final JsonMapper json;

    public Workflow(InternalApiClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    /** {@code outcome} is {@code approved} or {@code rejected}. */
    public void signalOrderApproval(String orderId, String outcome, String actorId, List<String> actorRoles,
                                    String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", outcome);
        body.put("actor_id", actorId);
        body.put("actor_roles", actorRoles);
        body.put("comment", comment);
        try {
            client.post(SERVICE, "/internal/instances/by-business/order/" + orderId + "/signal", body,
                    JsonNode.class);
        } catch (InternalCallException e) {
            int status = e.upstreamStatus();
            if (status == 404) {
                throw new ConflictException("订单没有进行中的审批 (no open approval for this order)");
            }
            if (status == 400 || status == 403 || status == 409) {
                // workflow's own verdict (e.g. the order's sales user may not approve it) reaches the caller as is
                throw new ApiException(HttpStatus.valueOf(status), message(e.upstreamBody(), e.getMessage()));
            }
            throw e;
        }
    }

    /**
     * The latest {@code order_approval} instance of the order with its tasks and transitions, as workflow-service's
     * {@code GET /internal/instances/by-business/order/{id}} answers it (passed on as is); empty when workflow-service
     * has none for the order.
     */
    public Optional<JsonNode> orderApproval(String orderId, String lang) {
        try {
            return Optional.ofNullable(client.get(SERVICE, "/internal/instances/by-business/order/" + orderId,
                    lang == null ? Map.of() : Map.of("lang", lang), JsonNode.class));
        } catch (InternalCallException e) {
            if (e.upstreamStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private String message(String envelope, String fallback) {
        try {
            JsonNode m = json.readTree(envelope).get("message");
            return m == null || m.isNull() ? fallback : m.asText();
        } catch (RuntimeException ex) {
            return fallback;
        }
    }
}
