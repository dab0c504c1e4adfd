package com.bantu.business.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Configuration(proxyBeanMethods = false)
public class BusinessConfig {

    @Bean
    OpenAPI businessOpenApi() {
        return new OpenAPI()
                .info(new Info().title("BANTU business-service").version("1.0")
                        .description("Orders, items, comments, files, leads, opportunities, customer levels, "
                                + "follow-up statuses and notifications; every path also answers under "
                                + "/api/order-workflow (the SPA's prefix)"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The original's plain health answer, kept for old probes. */
    @RestController
    static class HealthController {
        @GetMapping("/health")
        Map<String, String> health() {
            return Map.of("status", "healthy", "service", "business-service");
        }
    }
}
