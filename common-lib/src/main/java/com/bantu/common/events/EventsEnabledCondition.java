package com.bantu.common.events;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * {@code bantu.events.enabled} when set; otherwise on exactly when Spring Modulith's JDBC event registry is on the
 * classpath (a service becomes a producer by adding {@code spring-modulith-starter-jdbc}).
 */
class EventsEnabledCondition extends SpringBootCondition {

    static final String MODULITH_JDBC = "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String value = context.getEnvironment().getProperty("bantu.events.enabled");
        if (value != null && !value.isBlank()) {
            return Boolean.parseBoolean(value.trim())
                    ? ConditionOutcome.match("bantu.events.enabled=true")
                    : ConditionOutcome.noMatch("bantu.events.enabled=false");
        }
        return ClassUtils.isPresent(MODULITH_JDBC, context.getClassLoader())
                ? ConditionOutcome.match("Spring Modulith JDBC event registry present")
                : ConditionOutcome.noMatch("bantu.events.enabled unset and no Spring Modulith JDBC event registry");
    }
}
