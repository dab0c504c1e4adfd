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
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security every servlet service imports: stateless, JWT only, 401/403 in the envelope, method security
 * for role checks. Public paths: actuator health/info, OpenAPI and Swagger UI (served only where
 * {@code bantu.docs.enabled}), plus the service's own {@code bantu.security.public-paths}. {@code /internal/**} takes
 * service tokens only and every other path user tokens only; Prometheus metrics are open on the management port
 * only.
 */
@AutoConfiguration(after = BantuCommonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HttpSecurity.class)
@EnableWebSecurity
@EnableMethodSecurity
public class ServletSecurityConfiguration {

    private static final String SERVICE_AUTHORITY = "ROLE_" + JwtService.ROLE_SERVICE;

    static final List<String> DEFAULT_PUBLIC = List.of("/health", "/error", "/actuator/health", "/actuator/health/**",
            "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");

    @Bean
    SecurityFilterChain bantuSecurityFilterChain(HttpSecurity http, JwtService jwt, SessionCheck sessions,
                                                 JsonMapper json,
                                                 @Value("${bantu.security.public-paths:}") List<String> extra,
                                                 Environment env)
            throws Exception {
        Integer managementPort = env.getProperty("management.server.port", Integer.class);
        Integer serverPort = env.getProperty("server.port", Integer.class, 8080);
        int metricsPort = managementPort != null && managementPort > 0 && !managementPort.equals(serverPort)
                ? managementPort : -1;
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
                        .requestMatchers("/actuator/prometheus")
                        .access(metricsAccess(metricsPort))
                        .requestMatchers("/internal/**").hasRole(JwtService.ROLE_SERVICE)
                        .anyRequest().access(SIGNED_IN_USER))
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
     * Everything but {@code /internal/**} and the public paths: a signed-in user; a service token (role SERVICE) is
     * refused (403), it is only good for the internal API.
     */
    static final AuthorizationManager<RequestAuthorizationContext> SIGNED_IN_USER = (authentication, context) -> {
        Authentication a = authentication.get();
        boolean user = a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken)
                && a.getAuthorities().stream().noneMatch(g -> SERVICE_AUTHORITY.equals(g.getAuthority()));
        return new AuthorizationDecision(user);
    };

    /**
     * Prometheus metrics: open on the separate management port ({@code management.server.port}, never published nor
     * routed by the gateway or the Ingress: that is where Prometheus scrapes), ADMIN only on the API port.
     */
    static AuthorizationManager<RequestAuthorizationContext> metricsAccess(int managementPort) {
        return (authentication, context) -> {
            if (managementPort > 0 && context.getRequest().getLocalPort() == managementPort) {
                return new AuthorizationDecision(true);
            }
            Authentication a = authentication.get();
            return new AuthorizationDecision(a != null && a.isAuthenticated() && a.getAuthorities().stream()
                    .anyMatch(g -> ("ROLE_" + Roles.ROLE_ADMIN).equals(g.getAuthority())));
        };
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
     * Spring Security's strict firewall, unchanged but for how three of its rules are checked: {@link HeaderRules}
     * instead of regular expressions (the same answers, a fraction of the CPU). Spring Security's {@code WebSecurity}
     * takes the context's {@code HttpFirewall} bean for the filter chain.
     */
    @Bean
    HttpFirewall bantuHttpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderRules::assignedAndNotControl);
        firewall.setAllowedHeaderValues(HeaderRules::headerValue);
        firewall.setAllowedParameterNames(HeaderRules::assignedAndNotControl);
        return firewall;
    }

    /**
     * No Spring Security observations (spans of each filter, authentication and authorization, for tracing, which
     * is not set up): the filter chain runs unwrapped. Wrapped, even with the observations switched off by property,
     * it cost a few per cent of a simple GET's CPU in a JFR profile (15 % of analytics' cached aggregate when the
     * observations were on). The HTTP server metrics ({@code http_server_requests}) stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
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
