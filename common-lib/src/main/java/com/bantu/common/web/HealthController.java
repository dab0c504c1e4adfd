package com.bantu.common.web;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}: the original's plain answer {@code {status, service}}, kept for old probes and scripts. */
@RestController
public class HealthController {

    private final Map<String, String> body;

    public HealthController(String serviceName) {
        this.body = Map.of("status", "healthy", "service", serviceName);
    }

    @GetMapping("/health")
    public Map<String, String> health() {
        return body;
    }
}
