package com.bantu.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single entry of BANTU CRM: verifies the JWT, replaces identity headers, applies CORS, routes
 * {@code /api/<service>/**} to its service with timeouts and a circuit breaker, throttles login and serves
 * one Swagger UI for every service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        useNioTransportUnlessChosen();
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * Reactor Netty's native (epoll/io_uring) transport collapsed proxy throughput on Boot 4 on this stack;
     * NIO is the known workaround. An explicit {@code -Dreactor.netty.native=...} still wins.
     */
    static void useNioTransportUnlessChosen() {
        if (System.getProperty("reactor.netty.native") == null) {
            System.setProperty("reactor.netty.native", "false");
        }
    }
}
