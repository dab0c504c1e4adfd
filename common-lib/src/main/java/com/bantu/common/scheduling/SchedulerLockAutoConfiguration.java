package com.bantu.common.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock for every service that has it on its classpath and a database: one {@link LockProvider} on the service's
 * own schema (table {@code shedlock}, created by the service's migrations) using the database clock, and a
 * {@link LockingTaskExecutor} for jobs that must run on one replica at a time (finance's collection job, analytics'
 * alert sampler and log retention, the events resubmission). A service may declare its own beans instead.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = "com.bantu.common.events.IntegrationEventsAutoConfiguration")
@ConditionalOnClass(name = "net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider")
@ConditionalOnBean(DataSource.class)
public class SchedulerLockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    @ConditionalOnMissingBean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }
}
