package com.bantu.common.persistence;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

/** Transaction infrastructure every service with Spring's transaction support shares. */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.transaction.interceptor.TransactionInterceptor")
public class PersistenceAutoConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static SingleTransactionManagerInterceptor.Replacer singleTransactionManagerInterceptor() {
        return new SingleTransactionManagerInterceptor.Replacer();
    }
}
