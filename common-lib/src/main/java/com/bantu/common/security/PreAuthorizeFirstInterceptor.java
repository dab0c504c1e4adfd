package com.bantu.common.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Authorization before validation: evaluates a controller method's {@code @PreAuthorize} before its arguments
 * are read and validated, so a caller without the right gets 403 instead of a 400 that lists the fields of a body
 * meant for someone else. Expressions that refer to arguments ({@code #id}) are left to the method call itself,
 * where method security evaluates every {@code @PreAuthorize} again in any case.
 */
public class PreAuthorizeFirstInterceptor implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
    private final Map<Method, Boolean> applies = new ConcurrentHashMap<>();

    public PreAuthorizeFirstInterceptor(MethodSecurityExpressionHandler expressions, ApplicationContext context) {
        if (expressions != null) {
            manager.setExpressionHandler(expressions);
        }
        if (context != null) {
            manager.setApplicationContext(context); // expressions may name beans (@permissions.has(...))
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod hm) || !applies.computeIfAbsent(hm.getMethod(), m -> applies(hm))) {
            return true;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return true; // the security filter chain answers 401 for protected paths
        }
        Method method = hm.getMethod();
        Object[] noArguments = new Object[method.getParameterCount()];
        AuthorizationResult result;
        try {
            result = manager.authorize(() -> auth, new SimpleMethodInvocation(hm.getBean(), method, noArguments));
        } catch (RuntimeException e) {
            return true; // an expression this early check cannot evaluate is left to method security at the call
        }
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("Access Denied");
        }
        return true;
    }

    private static boolean applies(HandlerMethod hm) {
        PreAuthorize pa = AnnotatedElementUtils.findMergedAnnotation(hm.getMethod(), PreAuthorize.class);
        if (pa == null) {
            pa = AnnotatedElementUtils.findMergedAnnotation(hm.getBeanType(), PreAuthorize.class);
        }
        return pa != null && !pa.value().contains("#");
    }
}
