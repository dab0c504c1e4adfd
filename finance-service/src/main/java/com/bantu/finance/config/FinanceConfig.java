package com.bantu.finance.config;

import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class FinanceConfig {

    public static final String SERVICE_NAME = "finance-service";
}
