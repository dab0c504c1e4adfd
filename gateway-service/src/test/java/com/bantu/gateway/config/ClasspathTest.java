package com.bantu.gateway.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The gateway is a reactive server: common-lib's servlet side must not come along (its MVC, security and JPA
 * dependencies are optional), or Spring Boot would start Tomcat and the gateway would not run at all.
 */
class ClasspathTest {

    @Test
    void noServletStackOnTheClasspath() {
        for (String type : new String[] {"org.springframework.web.servlet.DispatcherServlet",
                "org.apache.catalina.startup.Tomcat", "jakarta.servlet.Servlet",
                "org.springframework.security.web.SecurityFilterChain", "jakarta.persistence.Entity"}) {
            assertThatThrownBy(() -> Class.forName(type)).as(type).isInstanceOf(ClassNotFoundException.class);
        }
    }
}
