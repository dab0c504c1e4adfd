package com.bantu.gateway.config;

import com.bantu.common.security.JwtProperties;
import com.bantu.common.security.JwtService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's {@link JwtService}: common-lib's, with the same keys and rules, built only after the secret is
 * known to be set. Spring leaves an unresolvable {@code ${BANTU_JWT_SECRET}} as literal text; without this check
 * the start would fail with a misleading "must be at least 32 bytes, got 19".
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    JwtService jwtService(JwtProperties props) {
        RequiredSettings.require("BANTU_JWT_SECRET", props.secret());
        return new JwtService(props);
    }
}
