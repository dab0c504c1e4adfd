package com.bantu.analytics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AnalyticsMonitoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnalyticsMonitoringApplication.class, args);
    }
}
