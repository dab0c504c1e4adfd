package com.bantu.common.logging;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The original's service-call log line, kept: {@code [UserService] create - start},
 * {@code - success (N ms)}, {@code - failure: reason (N ms)}. Arguments and results are never logged,
 * so passwords and tokens cannot leak through it.
 */
@Aspect
public class ServiceLogAspect {

    private static final Logger log = LoggerFactory.getLogger("com.bantu.service-calls");

    @Around("within(com.bantu..*) && @within(org.springframework.stereotype.Service) && execution(public * *(..))")
    public Object around(ProceedingJoinPoint pjp) throws Throwable {
        String name = "[" + pjp.getSignature().getDeclaringType().getSimpleName() + "] "
                + pjp.getSignature().getName();
        log.debug("{} - start", name);
        long started = System.nanoTime();
        try {
            Object result = pjp.proceed();
            log.debug("{} - success ({} ms)", name, (System.nanoTime() - started) / 1_000_000);
            return result;
        } catch (Throwable t) {
            log.warn("{} - failure: {} ({} ms)", name, t.getClass().getSimpleName() + ": " + t.getMessage(),
                    (System.nanoTime() - started) / 1_000_000);
            throw t;
        }
    }
}
