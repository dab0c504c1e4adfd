package com.bantu.common.web;

import com.bantu.common.error.GlobalExceptionHandler;
import com.bantu.common.logging.ServiceLogAspect;
import com.bantu.common.security.PreAuthorizeFirstInterceptor;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Servlet services: the exception handler, the envelope {@code /error} controller (in place of Spring Boot's),
 * Tomcat's own error page as the envelope, request body limits, authorization before validation, the
 * correlation-id filter, the service-call log aspect and {@code GET /health}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(GlobalExceptionHandler.class)
public class ServletWebAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> reg = new FilterRegistrationBean<>(new RequestIdFilter());
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return reg;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            @Value("${bantu.web.max-body-size:1MB}") DataSize maxBody,
            @Value("${bantu.web.max-upload-size:20MB}") DataSize maxUpload, JsonMapper json) {
        FilterRegistrationBean<BodyLimitFilter> reg =
                new FilterRegistrationBean<>(new BodyLimitFilter(maxBody, maxUpload, json));
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return reg;
    }

    /** Controllers' {@code ApiResponse} written without content negotiation; literal {@code @RequestParam}s. */
    @Bean
    static HandlerAdapterTuning handlerAdapterTuning(ObjectProvider<JsonMapper> json) {
        return new HandlerAdapterTuning(json);
    }

    @Bean
    EnvelopeErrorController envelopeErrorController(GlobalExceptionHandler handler, JsonMapper json) {
        return new EnvelopeErrorController(handler, json);
    }

    @Bean
    @ConditionalOnMissingBean(HealthController.class)
    HealthController bantuHealthController(@Value("${spring.application.name:application}") String name) {
        return new HealthController(name);
    }

    @Bean
    @ConditionalOnClass(name = "org.aspectj.lang.annotation.Aspect")
    ServiceLogAspect serviceLogAspect() {
        return new ServiceLogAspect();
    }

    /** Tomcat's host-level error page (requests refused before any servlet) as the envelope, not HTML. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.apache.catalina.core.StandardHost",
            "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory"})
    static class TomcatErrorPage {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> envelopeErrorReportValve() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
                }
            });
        }
    }

    /** {@code @PreAuthorize} checked before the handler's arguments are bound and validated. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.access.prepost.PreAuthorize")
    static class AuthorizeBeforeValidation implements WebMvcConfigurer {
        private final ObjectProvider<MethodSecurityExpressionHandler> expressions;
        private final ApplicationContext context;

        AuthorizeBeforeValidation(ObjectProvider<MethodSecurityExpressionHandler> expressions,
                                  ApplicationContext context) {
            this.expressions = expressions;
            this.context = context;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new PreAuthorizeFirstInterceptor(expressions.getIfUnique(), context));
        }
    }
}
