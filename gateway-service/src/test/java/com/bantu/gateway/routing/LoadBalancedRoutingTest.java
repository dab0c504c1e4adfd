package com.bantu.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.test.TestHttp;
import com.bantu.gateway.support.Downstream;
import com.bantu.gateway.support.TestRedis;
import com.bantu.gateway.support.Tokens;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service given several instances ({@code bantu.services.<name>.urls}): business on two live servers, finance on
 * a live one and a closed port (a stopped replica). The others keep their one URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bantu.jwt.secret=" + Tokens.SECRET,
        "bantu.cors.allowed-origins=https://crm.example.com",
        "bantu.cors.allowed-origin-patterns=",
        "bantu.gateway.circuit-breaker.sliding-window-size=4",
        "bantu.gateway.circuit-breaker.minimum-number-of-calls=4",
        "bantu.gateway.circuit-breaker.wait-in-open-state=60s",
})
class LoadBalancedRoutingTest {

    static final Downstream BUSINESS_A = Downstream.start("business-a");
    static final Downstream BUSINESS_B = Downstream.start("business-b");
    static final Downstream FINANCE_LIVE = Downstream.start("finance-live");
    static final Downstream SINGLE = Downstream.start("single");
    static final int FINANCE_DEAD = Downstream.closedPort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        TestRedis.register(registry);
        for (String single : new String[] {"foundation", "service-management", "analytics-monitoring", "workflow"}) {
            registry.add("bantu.services." + single + ".url", SINGLE::url);
        }
        registry.add("bantu.services.business.urls", () -> BUSINESS_A.url() + "," + BUSINESS_B.url());
        registry.add("bantu.services.finance.urls", () -> "http://127.0.0.1:" + FINANCE_DEAD + "," + FINANCE_LIVE.url());
    }

    @Test
    void requestsAreSpreadAcrossTheInstancesOfAService() {
        Map<String, Integer> served = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            String method = i % 2 == 0 ? "GET" : "POST";
            TestHttp.Resp r = TestHttp.local(port).send(method, "/api/business/orders/" + i, Tokens.agent(),
                    method.equals("POST") ? "{\"n\":" + i + "}" : null, Map.of());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.data().get("path").asText()).isEqualTo("/api/business/orders/" + i);
            served.merge(r.data().get("service").asText(), 1, Integer::sum);
        }
        // round robin: five each
        assertThat(served).containsOnlyKeys("business-a", "business-b");
        assertThat(served.get("business-a")).isEqualTo(5);
    }

    @Test
    void aStoppedInstanceIsSkippedForReadsAndWritesAndTheBreakerStaysClosed() {
        int before = FINANCE_LIVE.hits();
        // twice the breaker's window: every call refused by the stopped instance is sent to the live one
        for (int i = 0; i < 8; i++) {
            TestHttp.Resp read = TestHttp.local(port).get("/api/finance/payments/" + i, Tokens.agent());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.data().get("service").asText()).isEqualTo("finance-live");
            TestHttp.Resp write = TestHttp.local(port).send("POST", "/api/finance/payments", Tokens.agent(),
                    "{\"amount\":" + i + "}", Map.of());
            assertThat(write.status()).as(write.toString()).isEqualTo(200);
            assertThat(write.data().get("service").asText()).isEqualTo("finance-live");
            assertThat(write.data().get("body").asText()).as("the body, sent once").isEqualTo("{\"amount\":" + i + "}");
        }
        assertThat(FINANCE_LIVE.hits() - before).as("each request reached the live instance once").isEqualTo(16);
    }

    @Test
    void aServiceWithOneUrlIsRoutedStraightToIt() {
        TestHttp.Resp r = TestHttp.local(port).get("/api/workflow/tasks", Tokens.agent());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().get("service").asText()).isEqualTo("single");
    }
}
