package com.bantu.workflow.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import com.bantu.workflow.process.ApprovalResult;
import com.bantu.workflow.process.InstanceTracker;
import com.bantu.workflow.process.ReviewGuard;
import com.bantu.workflow.process.ReviewOverdueNotifier;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class WorkflowConfig {


    /**
     * Engine settings beyond the {@code flowable.*} properties. Flowable looks for its tables through JDBC metadata. On MySQL and MariaDB a lookup without a catalog searches
     * every schema of the server, so another schema's ACT_* tables would make the engine skip creating its own;
     * pinning the catalog to the connection's schema keeps the check to ours.
     */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> schemaCatalog(
            DataSource dataSource, ReviewGuard reviewGuard, ApprovalResult approvalResult,
            ReviewOverdueNotifier reviewOverdueNotifier, InstanceTracker tracker) {
        return cfg -> {
            cfg.setEventListeners(List.of(tracker));
            // BPMN expressions may name only these beans: a definition deployed through the API cannot reach the
            // rest of the application context
            Map<Object, Object> beans = new HashMap<>();
            beans.put("reviewGuard", reviewGuard);
            beans.put("approvalResult", approvalResult);
            beans.put("reviewOverdueNotifier", reviewOverdueNotifier);
            cfg.setBeans(beans);
            try (Connection c = dataSource.getConnection()) {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase();
                if (product.contains("mysql") || product.contains("mariadb")) {
                    cfg.setDatabaseCatalog(c.getCatalog());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database catalog: " + e.getMessage(), e);
            }
        };
    }

}
