package com.bantu.foundation.config;

import java.util.concurrent.ConcurrentHashMap;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Evaluates one of common-lib's {@code Roles} expressions for the current request, for the few endpoints whose
 * answer (not access) depends on a permission: the user directory's full records versus the picker projection, an
 * organization's confidential figures. Same expressions, same evaluation as {@code @PreAuthorize}.
 */
@Component
public class AccessExpressions {

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final ConcurrentHashMap<String, Expression> parsed = new ConcurrentHashMap<>();

    public boolean allows(String expression) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        var root = new SecurityExpressionRoot<Object>(auth) {
        };
        Boolean ok = parsed.computeIfAbsent(expression, parser::parseExpression)
                .getValue(new StandardEvaluationContext(root), Boolean.class);
        return Boolean.TRUE.equals(ok);
    }
}
