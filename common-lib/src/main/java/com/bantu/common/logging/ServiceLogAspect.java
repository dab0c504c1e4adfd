package com.bantu.common.logging;

import com.bantu.common.error.ApiException;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The original's service-call log line, kept: {@code [UserService] create - start},
 * {@code - success (N ms)}, {@code - failure: reason (N ms)} (WARN, but DEBUG for a business 4xx such as not found
 * or conflict). Arguments and results are never logged,
 * so passwords and tokens cannot leak through it.
 */
@Aspect
public class ServiceLogAspect {

    private static final Logger log = LoggerFactory.getLogger("com.bantu.service-calls");

    @Around("within(com.bantu..*) && @within(org.springframework.stereotype.Service) && execution(public * *(..))")
    public Object around(ProceedingJoinPoint pjp) throws Throwable {
        if (!log.isDebugEnabled()) {
            // the usual case in production: no start/success line, so no name to build unless the call fails
            long started = System.nanoTime();
            try {
                return pjp.proceed();
            } catch (Throwable t) {
                failed(pjp, t, (System.nanoTime() - started) / 1_000_000);
                throw t;
            }
        }
        String name = name(pjp);
        log.debug("{} - start", name);
        long started = System.nanoTime();
        try {
            Object result = pjp.proceed();
            log.debug("{} - success ({} ms)", name, (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (Throwable t) {
            failed(pjp, t, (System.nanoTime() - started) / 1_000_000);
            throw t;
        }
    }

    private static String name(ProceedingJoinPoint pjp) {
        return "[" + pjp.getSignature().getDeclaringType().getSimpleName() + "] " + pjp.getSignature().getName();
    }

    private static void failed(ProceedingJoinPoint pjp, Throwable t, long ms) {
        boolean refused = t instanceof ApiException api && api.status().is4xxClientError();
        if (refused ? !log.isDebugEnabled() : !log.isWarnEnabled()) {
            return;
        }
        String reason = t.getClass().getSimpleName() + ": " + t.getMessage();
        if (refused) {
            // a refused request (not found, conflict, bad input) is the client's business, not an operator's
            log.debug("{} - failure: {} ({} ms)", name(pjp), reason, ms);
        } else {
            log.warn("{} - failure: {} ({} ms)", name(pjp), reason, ms);
        }
    }
}
