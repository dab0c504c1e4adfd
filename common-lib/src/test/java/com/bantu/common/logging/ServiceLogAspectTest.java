package com.bantu.common.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.test.LogCapture;
import org.junit.jupiter.api.Test;
import org.springframework.aop.aspectj.annotation.AspectJProxyFactory;
import org.springframework.stereotype.Service;

/** A refused request (business 4xx) is not a warning; a failure the operator must see still is. */
class ServiceLogAspectTest {

    @Service
    public static class Sample {
        public void missing() {
            throw new NotFoundException("用户不存在");
        }

        public void taken() {
            throw new ConflictException("邮箱已存在");
        }

        public void fine() {
        }

        public void broken() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void businessClientErrorsAreDebugOthersWarn() {
        try (LogCapture logs = LogCapture.of("com.bantu.service-calls")) {
            check(logs);
        }
    }

    /** At INFO (production) no start/success line is written, and a failure still names the call and its time. */
    @Test
    void atInfoOnlyFailuresAreLoggedWithTheirNameAndDuration() {
        try (LogCapture logs = LogCapture.of("com.bantu.service-calls")) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.bantu.service-calls"))
                    .setLevel(Level.INFO);
            Sample proxy = proxy();
            assertThatThrownBy(proxy::missing).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(proxy::broken).isInstanceOf(IllegalStateException.class);
            proxy.fine();
            assertThat(logs.events()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).matches(
                        "\\[Sample\\] broken - failure: IllegalStateException: boom \\(\\d+ ms\\)");
            });
        }
    }

    private static Sample proxy() {
        AspectJProxyFactory factory = new AspectJProxyFactory(new Sample());
        factory.setProxyTargetClass(true);
        factory.addAspect(new ServiceLogAspect());
        return factory.getProxy();
    }

    private static void check(LogCapture logs) {
        AspectJProxyFactory factory = new AspectJProxyFactory(new Sample());
        factory.setProxyTargetClass(true);
        factory.addAspect(new ServiceLogAspect());
        Sample proxy = factory.getProxy();
        assertThatThrownBy(proxy::missing).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(proxy::taken).isInstanceOf(ConflictException.class);
        assertThat(logs.events()).filteredOn(e -> e.getFormattedMessage().contains("failure"))
                .hasSize(2).allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG));
        logs.clear();
        assertThatThrownBy(proxy::broken).isInstanceOf(IllegalStateException.class);
        assertThat(logs.events()).filteredOn(e -> e.getFormattedMessage().contains("failure"))
                .singleElement().satisfies(e -> assertThat(e.getLevel()).isEqualTo(Level.WARN));
    }
}
