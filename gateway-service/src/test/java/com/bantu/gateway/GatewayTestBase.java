package com.bantu.gateway;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.support.Downstream;
import com.bantu.gateway.support.TestRedis;
import com.bantu.gateway.support.Tokens;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway started on a random port (default = production profile) in front of real local HTTP servers:
 * foundation, service-management, analytics-monitoring and business answer (business with a 500 ms response
 * timeout), workflow and finance are down (closed ports). Every subclass shares this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bantu.jwt.secret=" + Tokens.SECRET,
        "bantu.cors.allowed-origins=https://crm.example.com",
        "bantu.cors.allowed-origin-patterns=",
        "bantu.gateway.circuit-breaker.sliding-window-size=4",
        "bantu.gateway.circuit-breaker.minimum-number-of-calls=4",
        "bantu.gateway.circuit-breaker.wait-in-open-state=60s",
        "bantu.gateway.login-rate-limit.replenish-rate=1",
        "bantu.gateway.login-rate-limit.burst-capacity=30",
        "bantu.gateway.login-rate-limit.requested-tokens=10",
        "bantu.services.business.response-timeout=500ms",
        // Swagger UI and the documents are off by default (production); these tests read them
        "bantu.docs.enabled=true",
})
public abstract class GatewayTestBase {

    protected static final Downstream FOUNDATION = Downstream.start("foundation");
    protected static final Downstream OTHERS = Downstream.start("others");
    protected static final int WORKFLOW_PORT = Downstream.closedPort();
    protected static final int FINANCE_PORT = Downstream.closedPort();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        TestRedis.register(registry);
        registry.add("bantu.services.foundation.url", FOUNDATION::url);
        registry.add("bantu.services.service-management.url", OTHERS::url);
        registry.add("bantu.services.analytics-monitoring.url", OTHERS::url);
        registry.add("bantu.services.business.url", OTHERS::url);
        registry.add("bantu.services.workflow.url", () -> "http://127.0.0.1:" + WORKFLOW_PORT);
        registry.add("bantu.services.finance.url", () -> "http://127.0.0.1:" + FINANCE_PORT);
    }

    protected TestHttp http() {
        return TestHttp.local(port);
    }

    protected TestHttp.Resp get(String path, String token) {
        return http().get(path, token);
    }

    protected TestHttp.Resp get(String path, String token, Map<String, String> headers) {
        return http().send("GET", path, token, null, headers);
    }

    /** The headers the downstream received, from its echo. */
    protected static Map<String, String> received(TestHttp.Resp r) {
        Map<String, String> out = new java.util.HashMap<>();
        r.data().get("headers").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
