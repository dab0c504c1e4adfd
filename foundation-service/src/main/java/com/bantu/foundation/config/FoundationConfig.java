package com.bantu.foundation.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Configuration(proxyBeanMethods = false)
public class FoundationConfig {

    /** bcrypt cost 10 for new hashes (about 65 ms here); verifies any cost a stored hash carries ($2a/$2b/$2y). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    OpenAPI foundationOpenApi() {
        return new OpenAPI()
                .info(new Info().title("BANTU foundation-service").version("1.0")
                        .description("Users, organizations, roles and login"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** The original's plain health answer, kept for old probes. */
    @RestController
    static class HealthController {
        @GetMapping("/health")
        Map<String, String> health() {
            return Map.of("status", "healthy", "service", "foundation-service");
        }
    }
}
