package com.bantu.gateway.routing;

import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.factory.rewrite.RewriteFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service builds its OpenAPI {@code servers} from the request it saw, i.e. its own address behind the gateway.
 * Swagger UI's "Try it out" would then call the service directly (and fail: no CORS there, and the service may
 * not be reachable at all). The gateway replaces {@code servers} with its own origin ({@code "/"}), so every call
 * from the one Swagger UI goes through the gateway like the SPA's.
 */
@Component
public class ApiDocsRewrite implements RewriteFunction<String, String> {

    private final JsonMapper json;

    public ApiDocsRewrite() {
        // a plain mapper: the document is passed through as a tree, never re-cased by the snake_case settings
        this.json = JsonMapper.builder().build();
    }

    @Override
    public Publisher<String> apply(ServerWebExchange exchange, String body) {
        if (body == null || body.isBlank()) {
            return Mono.justOrEmpty(body);
        }
        try {
            JsonNode doc = json.readTree(body);
            if (doc instanceof ObjectNode object && doc.has("openapi")) {
                object.set("servers", json.valueToTree(List.of(Map.of("url", "/",
                        "description", "BANTU CRM gateway"))));
                return Mono.just(json.writeValueAsString(object));
            }
        } catch (RuntimeException notJson) {
            // not an OpenAPI document (an error page, say): pass it on untouched
        }
        return Mono.just(body);
    }
}
