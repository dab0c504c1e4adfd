package com.bantu.analytics.config;

import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AnalyticsMonitoringConfig {

    public static final String SERVICE_NAME = "analytics-monitoring-service";
}
