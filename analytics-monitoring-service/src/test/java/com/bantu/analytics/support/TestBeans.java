package com.bantu.analytics.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test-only beans of the shared context: the fake metric source replaces OSHI as the sampler's input. */
@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

    @Bean
    @Primary
    FakeMetricSource fakeMetricSource() {
        return new FakeMetricSource();
    }
}
