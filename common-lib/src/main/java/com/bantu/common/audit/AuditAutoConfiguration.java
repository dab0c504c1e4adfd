package com.bantu.common.audit;

import com.bantu.common.events.IntegrationEvents;
import com.bantu.common.events.IntegrationEventsAutoConfiguration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of every servlet service: {@link AuditFilter} after the security filter chain, fed by
 * {@link AuditBodies}, writing to the service's {@link AuditRecorder} — its own bean (foundation stores locally), else
 * the event outbox ({@link OutboxAuditRecorder}, route {@code audit.recorded} → foundation). A service with neither
 * records nothing and says so at start-up. {@code bantu.audit.enabled=false} switches it off.
 * <ul>
 *   <li>{@code bantu.audit.record-reads} (false): GETs and read-only POSTs are recorded too.</li>
 *   <li>{@code bantu.audit.exclude-paths}: Ant patterns the filter leaves alone (foundation: its auth endpoints,
 *       whose code records LOGIN/LOGOUT itself).</li>
 * </ul>
 */
@AutoConfiguration(after = IntegrationEventsAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.security.core.context.SecurityContextHolder",
        "io.micrometer.core.instrument.Counter"})
@ConditionalOnProperty(name = "bantu.audit.enabled", havingValue = "true", matchIfMissing = true)
public class AuditAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditAutoConfiguration.class);

    /** Right after Spring Security's filter chain (order -100), so the token is verified when the filter runs. */
    static final int ORDER = -90;

    @Bean
    @ConditionalOnMissingBean(AuditRecorder.class)
    @ConditionalOnBean(IntegrationEvents.class)
    OutboxAuditRecorder outboxAuditRecorder(IntegrationEvents events, PlatformTransactionManager transactions) {
        return new OutboxAuditRecorder(events, transactions);
    }

    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(ObjectProvider<AuditRecorder> recorders, JsonMapper json,
                                                    ObjectProvider<MeterRegistry> meters,
                                                    @Value("${bantu.audit.record-reads:false}") boolean recordReads,
                                                    @Value("${bantu.audit.exclude-paths:}") List<String> excluded,
                                                    @Value("${spring.application.name:unknown-service}") String name) {
        AuditRecorder recorder = recorders.getIfUnique();
        FilterRegistrationBean<AuditFilter> reg = new FilterRegistrationBean<>();
        if (recorder == null) {
            log.warn("[Audit] no audit recorder (the event outbox is off): writes of {} are not audited", name);
            reg.setEnabled(false);
            recorder = event -> {
            };
        }
        Counter failures = Counter.builder("audit.record.failures")
                .description("Audit records that could not be stored (outbox or local)")
                .register(meters.getIfAvailable(SimpleMeterRegistry::new));
        reg.setFilter(new AuditFilter(recorder, json, recordReads,
                excluded.stream().map(String::trim).filter(s -> !s.isEmpty()).toList(), name, failures));
        reg.setOrder(ORDER);
        reg.addUrlPatterns("/api/*");
        return reg;
    }

    @Bean
    AuditBodies.RequestSide auditRequestBodies() {
        return new AuditBodies.RequestSide();
    }

    @Bean
    AuditBodies.ResponseSide auditResponseBodies() {
        return new AuditBodies.ResponseSide();
    }
}
