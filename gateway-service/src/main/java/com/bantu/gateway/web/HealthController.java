package com.bantu.gateway.web;

import com.bantu.common.api.ApiResponse;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}: the original gateway's liveness answer, kept for scripts and probes that use it. */
@RestController
public class HealthController {

    @GetMapping("/health")
    public ApiResponse<Map<String, String>> health() {
        return new ApiResponse<>(200, ApiResponse.OK_MESSAGE, Map.of("status", "healthy", "service", "gateway-service"),
                LocalDateTime.now().truncatedTo(ChronoUnit.MICROS));
    }
}
