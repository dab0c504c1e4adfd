package com.bantu.gateway.config;

import com.bantu.gateway.error.DecodeFailureEnvelope;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The Netty server: requests it refuses while decoding are answered in the envelope too. */
@Configuration(proxyBeanMethods = false)
public class ServerConfig {

    @Bean
    NettyServerCustomizer decodeFailureEnvelope(JsonMapper json) {
        return DecodeFailureEnvelope.customizer(json);
    }
}
