package com.bantu.gateway.security;

import java.net.InetSocketAddress;
import org.springframework.core.env.Environment;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The actuator's own port ({@code management.server.port}, set through {@code MANAGEMENT_SERVER_PORT} in compose and
 * Kubernetes). Only actuator endpoints (health, info, prometheus) answer there, and the port is never published nor
 * routed by the Ingress, so requests arriving on it need no token: that is how Prometheus scrapes the gateway.
 * Without a separate port (tests, the local runner) actuator shares the API port and keeps needing a token, except
 * for health.
 */
@Component
public class ManagementPort {

    private final int port;

    public ManagementPort(Environment env) {
        Integer management = env.getProperty("management.server.port", Integer.class);
        Integer server = env.getProperty("server.port", Integer.class, 8080);
        this.port = management != null && management > 0 && !management.equals(server) ? management : -1;
    }

    /** True when the request came in on the separate management port. */
    public boolean receivedOn(ServerHttpRequest request) {
        InetSocketAddress local = request.getLocalAddress();
        return port > 0 && local != null && local.getPort() == port;
    }
}
