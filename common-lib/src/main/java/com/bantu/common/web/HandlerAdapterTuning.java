package com.bantu.common.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two changes to Spring MVC's handler adapter, each chosen from a JFR profile of {@code GET /customers} (18 query
 * parameters, an {@code ApiResponse} body), where they took about 12 % of the request's CPU together:
 * <ul>
 *   <li>{@link ApiResponseWriter} first among the return value handlers, in front of the
 *       {@link RequestResponseBodyMethodProcessor} it hands every case but plain JSON to;</li>
 *   <li>{@code @RequestParam} resolved without looking for {@code ${...}} placeholders and {@code #{...}} expressions
 *       in each parameter's name and default value on every request: Spring's resolver does that per parameter and
 *       per call (about 0.2 % of the request's CPU per parameter). No controller here writes either in a
 *       {@code @RequestParam}; a name or default value is taken as written.</li>
 * </ul>
 */
final class HandlerAdapterTuning implements BeanPostProcessor {

    private final ObjectProvider<JsonMapper> json;

    HandlerAdapterTuning(ObjectProvider<JsonMapper> json) {
        this.json = json;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter) {
            installWriter(adapter);
            literalRequestParams(adapter);
        }
        return bean;
    }

    private void installWriter(RequestMappingHandlerAdapter adapter) {
        if (adapter.getReturnValueHandlers() == null) {
            return;
        }
        List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>(adapter.getReturnValueHandlers());
        handlers.stream().filter(RequestResponseBodyMethodProcessor.class::isInstance).findFirst()
                .ifPresent(standard -> {
                    handlers.add(0, new ApiResponseWriter(json.getObject(), standard));
                    adapter.setReturnValueHandlers(handlers);
                });
    }

    private static void literalRequestParams(RequestMappingHandlerAdapter adapter) {
        if (adapter.getArgumentResolvers() == null) {
            return;
        }
        MethodParameter plain = plainStringParameter();
        List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>(adapter.getArgumentResolvers());
        resolvers.replaceAll(r -> r.getClass() != RequestParamMethodArgumentResolver.class ? r
                // Spring's list holds two: for @RequestParam, and (last) for plain simple-type parameters
                : new RequestParamMethodArgumentResolver(null, r.supportsParameter(plain)));
        adapter.setArgumentResolvers(resolvers);
    }

    private static MethodParameter plainStringParameter() {
        try {
            Method m = HandlerAdapterTuning.class.getDeclaredMethod("plain", String.class);
            return new MethodParameter(m, 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused") // the shape of a parameter only the default-resolution resolver supports
    private static void plain(String value) {
    }
}
