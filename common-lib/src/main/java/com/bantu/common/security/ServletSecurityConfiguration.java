package com.bantu.common.security;

import com.bantu.common.error.ErrorKey;
import com.bantu.common.web.EnvelopeWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security every servlet service imports: stateless, JWT only, 401/403 in the envelope, method security
 * for role checks. Public paths: actuator health/info/prometheus, OpenAPI and Swagger UI, plus the service's
 * own {@code bantu.security.public-paths}.
 */
@AutoConfiguration(after = BantuCommonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HttpSecurity.class)
@EnableWebSecurity
@EnableMethodSecurity
public class ServletSecurityConfiguration {

    static final List<String> DEFAULT_PUBLIC = List.of("/health", "/error", "/actuator/health", "/actuator/health/**",
            "/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**");

    @Bean
    SecurityFilterChain bantuSecurityFilterChain(HttpSecurity http, JwtService jwt, SessionCheck sessions,
                                                 JsonMapper json,
                                                 @Value("${bantu.security.public-paths:}") List<String> extra)
            throws Exception {
        List<String> publicPaths = new ArrayList<>(DEFAULT_PUBLIC);
        extra.stream().filter(s -> !s.isBlank()).forEach(publicPaths::add);
        http.csrf(c -> c.disable())
                .cors(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers(publicPaths.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> {
                            Object reason = req.getAttribute(JwtAuthenticationFilter.ERROR_ATTRIBUTE);
                            EnvelopeWriter.write(res, json,
                                    reason == null ? ErrorKey.UNAUTHENTICATED : ErrorKey.TOKEN_INVALID);
                        })
                        .accessDeniedHandler((req, res, ex) -> EnvelopeWriter.write(res, json, ErrorKey.FORBIDDEN)))
                .addFilterBefore(new JwtAuthenticationFilter(jwt, sessions),
                        UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Requests are authenticated by the JWT filter only; this manager refuses everything else and keeps Spring
     * Boot from creating an in-memory user with a generated password.
     */
    @Bean
    AuthenticationManager jwtOnlyAuthenticationManager() {
        return authentication -> {
            throw new ProviderNotFoundException("Only bearer tokens are accepted");
        };
    }

    /**
     * A request the servlet firewall refuses (a {@code ;}, an encoded slash or a control character in the path)
     * is a 400 in the envelope, not Spring Boot's own error JSON.
     */
    @Bean
    RequestRejectedHandler envelopeRequestRejectedHandler(JsonMapper json) {
        return (req, res, ex) -> EnvelopeWriter.write(res, json, ErrorKey.BAD_PATH);
    }
}
