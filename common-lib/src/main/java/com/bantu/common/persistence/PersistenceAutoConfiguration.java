package com.bantu.common.persistence;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/** Transaction and repository infrastructure every service with Spring's transaction support shares. */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.transaction.interceptor.TransactionInterceptor")
public class PersistenceAutoConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static SingleTransactionManagerInterceptor.Replacer singleTransactionManagerInterceptor() {
        return new SingleTransactionManagerInterceptor.Replacer();
    }

    /** Spring Data JPA's repositories with IN-list reads Hibernate can plan-cache (when Spring Data JPA is there). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean")
    static class Repositories {

        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static PlanCachingJpaRepository.Installer planCachingJpaRepositories() {
            return new PlanCachingJpaRepository.Installer();
        }
    }
}
