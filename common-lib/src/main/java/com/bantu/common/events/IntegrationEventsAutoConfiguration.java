package com.bantu.common.events;

import com.bantu.common.internal.InternalApiAutoConfiguration;
import com.bantu.common.internal.InternalApiClient;
import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Integration events (see {@link IntegrationEvents}, {@link IntegrationEventHandler}). Off unless
 * {@code bantu.events.enabled=true} or Spring Modulith's JDBC registry is on the classpath
 * ({@link EventsEnabledCondition}). The producer half needs Modulith (outbox), Resilience4j and ShedLock; the
 * consumer half (the {@code /internal/events} endpoint) needs only a servlet app with a database.
 */
@AutoConfiguration(after = InternalApiAutoConfiguration.class, afterName = {
        "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration"})
@Conditional(EventsEnabledCondition.class)
@EnableConfigurationProperties(EventsProperties.class)
public class IntegrationEventsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventsAutoConfiguration.class);

    static String source(EventsProperties props, Environment env) {
        if (props.source() != null && !props.source().isBlank()) {
            return props.source();
        }
        return env.getProperty("spring.application.name", "unknown-service");
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {EventsEnabledCondition.MODULITH_JDBC,
            "io.github.resilience4j.circuitbreaker.CircuitBreaker",
            "io.github.resilience4j.bulkhead.ThreadPoolBulkhead",
            "net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider"})
    @ConditionalOnBean({IncompleteEventPublications.class, InternalApiClient.class})
    static class Producer {

        @Bean
        IntegrationEvents integrationEvents(ApplicationEventPublisher publisher, EventsProperties props,
                                            JsonMapper json, Environment env) {
            props.routes().forEach((type, targets) -> targets.forEach(t -> {
                if (!env.containsProperty("bantu.services." + t.trim() + ".url")) {
                    log.warn("[IntegrationEvents] events of type {} are routed to {}, but bantu.services.{}.url "
                            + "is not set: they will wait in the outbox", type, t, t);
                }
            }));
            return new IntegrationEvents(publisher, props, json, source(props, env));
        }

        @Bean
        EventSender eventSender(InternalApiClient client, JsonMapper json) {
            return new EventSender(client, json);
        }

        /** One bulkhead (thread pool and queue) per consumer, so a slow consumer delays only its own events. */
        @Bean
        EventDeliveryPools bantuEventDeliveryPools(EventsProperties props) {
            Set<String> consumers = new TreeSet<>();
            props.routes().keySet().forEach(type -> consumers.addAll(props.targets(type)));
            return new EventDeliveryPools(props.delivery(), consumers);
        }

        @Bean
        EventDelivery eventDelivery(EventSender sender, EventDeliveryPools pools) {
            return new EventDelivery(sender, pools);
        }

        /** The lock provider comes from common-lib's SchedulerLockAutoConfiguration (or the service). */
        @Bean
        EventResubmission eventResubmission(IncompleteEventPublications publications, LockProvider locks,
                                            JdbcTemplate jdbc, EventsProperties props) {
            return new EventResubmission(publications, new DefaultLockingTaskExecutor(locks), jdbc, props.retry());
        }

        @Bean
        @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
        EventMetrics eventMetrics(JdbcTemplate jdbc) {
            return new EventMetrics(jdbc);
        }

        @Bean
        @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
        EventDeliveryMetrics eventDeliveryMetrics(EventDeliveryPools pools) {
            return new EventDeliveryMetrics(pools);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
    static class Consumer {

        @Bean
        EventInbox eventInbox(ObjectProvider<IntegrationEventHandler<?>> handlers, JdbcTemplate jdbc,
                              PlatformTransactionManager transactions, JsonMapper json) {
            return new EventInbox(handlers.orderedStream().toList(), jdbc, new TransactionTemplate(transactions),
                    json);
        }

        @Bean
        IntegrationEventsController integrationEventsController(EventInbox inbox) {
            return new IntegrationEventsController(inbox);
        }
    }

    /**
     * Spring Modulith stores publication ids as {@code UUID} on H2 but as text on MySQL/MariaDB; the documented DDL
     * uses the Flyway placeholder {@code ${event_publication_id_type}} filled in here, so one migration serves the
     * MySQL/MariaDB production schema and the H2 local profile.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer")
    static class FlywayPlaceholders {

        static final String ID_TYPE = "event_publication_id_type";

        @Bean
        FlywayConfigurationCustomizer bantuEventPublicationIdType() {
            return configuration -> {
                Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
                placeholders.putIfAbsent(ID_TYPE, isH2(configuration.getDataSource()) ? "UUID" : "VARCHAR(36)");
                configuration.placeholders(placeholders);
            };
        }

        private static boolean isH2(DataSource dataSource) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(dataSource,
                        DatabaseMetaData::getDatabaseProductName);
                return "H2".equalsIgnoreCase(product);
            } catch (Exception e) {
                return false;
            }
        }
    }

    /**
     * JPA transactions give their JDBC connection back to the pool when they commit or roll back, before the
     * after-commit callbacks run. Spring's default for Hibernate holds it until the very end, and the outbox
     * listener runs in between: Spring Modulith marks the publication "processing" in a transaction of its own on
     * the committing thread, which then holds two connections at once. With as many concurrent writes as the pool has
     * connections, each waited for a second one until the pool's timeout (measured: order creates from 4 clients on a
     * pool of 4 stalled 2 s each and their events waited for the resubmission; {@code EventDeliveryPoolIT}).
     * The price: no per-transaction isolation level (none is used) and no {@code Connection.setReadOnly} for
     * read-only transactions (Hibernate still skips flushing and dirty checks for them), which also saves those two
     * statements per read.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter")
    static class ReleaseConnectionsAfterTransaction {

        @Bean
        static BeanPostProcessor bantuHibernateConnectionRelease() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof HibernateJpaVendorAdapter adapter) {
                        adapter.setPrepareConnection(false);
                    }
                    return bean;
                }
            };
        }
    }
}
