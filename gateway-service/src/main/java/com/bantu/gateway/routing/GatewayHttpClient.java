package com.bantu.gateway.routing;

import java.util.List;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.cloud.gateway.config.HttpClientFactory;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.config.HttpClientSslConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.resources.ConnectionProvider;

/**
 * The HTTP client every route uses: Spring Cloud Gateway's own factory ({@code spring.cloud.gateway.server.webflux
 * .httpclient.*} still applies: timeouts, pool type, idle time, leasing), except that the pool is one per event loop
 * ({@link LoopLocalConnectionProvider}).
 */
@Configuration(proxyBeanMethods = false)
class GatewayHttpClient {

    @Bean
    HttpClientFactory gatewayHttpClientFactory(HttpClientProperties properties, ServerProperties server,
                                               List<HttpClientCustomizer> customizers,
                                               HttpClientSslConfigurer ssl) {
        return new HttpClientFactory(properties, server, ssl, customizers) {
            @Override
            protected ConnectionProvider buildConnectionProvider(HttpClientProperties props) {
                if (props.getPool().getType() == HttpClientProperties.Pool.PoolType.DISABLED) {
                    return super.buildConnectionProvider(props);
                }
                return new LoopLocalConnectionProvider(props.getPool().getName(),
                        () -> super.buildConnectionProvider(props));
            }
        };
    }
}
