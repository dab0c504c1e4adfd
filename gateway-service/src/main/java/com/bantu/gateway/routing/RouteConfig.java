package com.bantu.gateway.routing;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import com.bantu.gateway.config.GatewaySettings;
import com.bantu.common.resilience.Backoff;
import com.bantu.gateway.config.ServicesProperties;
import com.bantu.gateway.ratelimit.ClientIpKeyResolver;
import com.bantu.gateway.ratelimit.LoginRateLimiter;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import reactor.netty.http.client.PrematureCloseException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One route per downstream service: {@code /api/<name>/**} forwarded unchanged to
 * {@code bantu.services.<name>.url}, with that service's connect/response timeouts and its own circuit
 * breaker (name = service name, shared by all its routes). Two extra routes per service family:
 * {@code POST /api/foundation/auth/login} adds the per-IP rate limiter, and {@code /v3/api-docs/<name>}
 * fetches the service's OpenAPI document for the aggregated Swagger UI. Nothing routes {@code /internal/**}.
 * A service configured with several instances ({@code bantu.services.<name>.urls}) is routed to
 * {@code lb://<name>}: Spring Cloud LoadBalancer spreads its requests round robin over the instances
 * ({@link StaticInstances}), with the same timeouts and the same one breaker.
 */
@Configuration(proxyBeanMethods = false)
public class RouteConfig {

    public static final String LOGIN_ROUTE = "foundation-login";
    public static final String LOGIN_PATH = "/api/foundation/auth/login";

    private static final Logger log = LoggerFactory.getLogger(RouteConfig.class);

    /**
     * The SPA's order pages call {@code /api/order-workflow/**}; the services answer those paths themselves (the
     * gateway rewrites nothing), so these are only extra predicates onto existing services, matched before the
     * per-service routes and in this order: collection tasks belong to finance, everything else under the prefix to
     * business. Same timeouts and breaker as the target service's own route.
     */
    record Alias(String routeId, String path, String service, int order) {
    }

    static final List<Alias> ALIASES = List.of(
            new Alias("finance-order-workflow-collection-tasks", "/api/order-workflow/collection-tasks/**", "finance",
                    -3),
            new Alias("business-order-workflow", "/api/order-workflow/**", "business", -2));

    @Bean
    RouteLocator bantuRoutes(RouteLocatorBuilder builder, ServicesProperties services, LoginRateLimiter limiter,
                             ClientIpKeyResolver clientIp, ApiDocsRewrite apiDocs) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Map.Entry<String, ServicesProperties.Target> e : services.services().entrySet()) {
            String name = e.getKey();
            ServicesProperties.Target t = e.getValue();
            String uri = uri(name, t);
            if ("foundation".equals(name)) {
                routes.route(LOGIN_ROUTE, r -> timeouts(r.order(-1).method(HttpMethod.POST).and().path(LOGIN_PATH)
                        .filters(f -> commonFilters(f.requestRateLimiter(c -> c.setRateLimiter(limiter)
                                .setKeyResolver(clientIp)
                                .setStatusCode(HttpStatus.TOO_MANY_REQUESTS)
                                .setThrowOnLimit(true)), name, t)), t).uri(uri));
            }
            routes.route(name, r -> timeouts(r.path("/api/" + name + "/**")
                    .filters(f -> commonFilters(f, name, t)), t).uri(uri));
            routes.route(name + "-api-docs", r -> timeouts(r.method(HttpMethod.GET).and().path("/v3/api-docs/" + name)
                    .filters(f -> commonFilters(f.setPath("/v3/api-docs")
                            .modifyResponseBody(String.class, String.class, apiDocs), name, t)), t).uri(uri));
            log.info("route /api/{}/** -> {}{} (connect {} ms, response {} ms)", name, uri,
                    t.balanced() ? " " + t.instances() : "", t.connectTimeout().toMillis(),
                    t.responseTimeout().toMillis());
        }
        for (Alias a : ALIASES) {
            ServicesProperties.Target t = services.services().get(a.service());
            if (t == null) {
                continue;
            }
            String uri = uri(a.service(), t);
            routes.route(a.routeId(), r -> timeouts(r.order(a.order()).path(a.path())
                    .filters(f -> commonFilters(f, a.service(), t)), t).uri(uri));
            log.info("route {} -> {} ({})", a.path(), uri, a.service());
        }
        return routes.build();
    }

    private static UriSpec timeouts(UriSpec r, ServicesProperties.Target t) {
        return r.metadata(CONNECT_TIMEOUT_ATTR, (int) t.connectTimeout().toMillis())
                .metadata(RESPONSE_TIMEOUT_ATTR, t.responseTimeout().toMillis());
    }

    /** One instance: its URL (unchanged behaviour); several: {@code lb://<name>} ({@link StaticInstances}). */
    static String uri(String name, ServicesProperties.Target t) {
        return t.balanced() ? "lb://" + name : t.instances().get(0).toString();
    }

    private static GatewayFilterSpec commonFilters(GatewayFilterSpec f, String breaker, ServicesProperties.Target t) {
        // the gateway's CORS headers win over any a service might add
        GatewayFilterSpec spec = f.dedupeResponseHeader("Access-Control-Allow-Origin Access-Control-Allow-Credentials "
                        + "Access-Control-Expose-Headers", "RETAIN_FIRST")
                .circuitBreaker(c -> c.setName(breaker));
        if (!t.balanced()) {
            return spec;
        }
        // several instances: a refused connection (an instance that is stopped or not yet listening; nothing was
        // sent, so any method is safe to send again) is tried again at once, and the load balancer's round robin
        // picks the next instance; a GET or HEAD whose connection closed before the response (an instance killed
        // while it held a pooled connection) too. Inside the breaker, which sees only the final outcome: one dead
        // replica does not open the service's breaker. Error statuses and timeouts are not retried (a slow call is
        // not doubled, a 503 of the service is its answer).
        int retries = t.instances().size();
        return spec.retry(c -> c.setRetries(retries).allMethods().setSeries().setExceptions(ConnectException.class))
                .retry(c -> c.setRetries(retries).setMethods(HttpMethod.GET, HttpMethod.HEAD).setSeries()
                        .setExceptions(PrematureCloseException.class));
    }

    /**
     * Each service's breaker. Its time limiter is switched off ({@code spring.cloud.circuitbreaker.resilience4j
     * .disable-time-limiter}): the route's response timeout already bounds the wait for a service (504, counted as a
     * failure by the breaker), and the limiter's own timer per request cost CPU on every call; its default of 1 s
     * would also have cut legitimate slow calls.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceBreakers(ServicesProperties services,
                                                                         GatewaySettings settings) {
        GatewaySettings.CircuitBreaker cb = settings.circuitBreaker();
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                .failureRateThreshold(cb.failureRateThreshold())
                .waitDurationInOpenState(cb.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(Math.max(1, Math.min(5, cb.minimumNumberOfCalls())))
                .build();
        return factory -> services.services().keySet().forEach(name -> factory.configure(b -> b
                .circuitBreakerConfig(breaker), name));
    }

    @Bean
    @Primary
    LoginRateLimiter loginRateLimiter(ObjectProvider<ReactiveStringRedisTemplate> redis,
                                      @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME)
                                      ObjectProvider<RedisScript<List<Long>>> script,
                                      ConfigurationService configurationService, GatewaySettings settings,
                                      Backoff redisBackoff, MeterRegistry meters) {
        boolean shared = settings.loginRateLimit().store().equals("redis");
        return new LoginRateLimiter(shared ? redis.getIfAvailable() : null, script.getIfAvailable(), configurationService,
                settings.loginRateLimit(), redisBackoff, meters);
    }

    @Bean
    ClientIpKeyResolver clientIpKeyResolver(GatewaySettings settings) {
        return new ClientIpKeyResolver(settings.loginRateLimit().trustedHops());
    }
}
