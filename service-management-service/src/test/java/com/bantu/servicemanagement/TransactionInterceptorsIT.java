package com.bantu.servicemanagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.bantu.common.persistence.SingleTransactionManagerInterceptor;
import com.bantu.servicemanagement.customerlevel.CustomerLevelRepository;
import com.bantu.servicemanagement.lookup.CustomerSourceService;
import java.util.Arrays;
import java.util.List;
import org.aopalliance.aop.Advice;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * common-lib's transaction interceptor (Spring's, without the per-call scan for a type-level {@code @Qualifier}) is
 * the one {@code @Transactional} services and Spring Data repositories run through, and it still opens transactions.
 */
class TransactionInterceptorsIT extends IntegrationTestBase {

    @Autowired
    CustomerLevelRepository levels;
    @Autowired
    CustomerSourceService sources;

    @Test
    void servicesAndRepositoriesRunThroughTheReplacement() {
        assertThat(advices(sources)).anyMatch(SingleTransactionManagerInterceptor.class::isInstance)
                .noneMatch(a -> a.getClass() == TransactionInterceptor.class);
        assertThat(advices(levels)).anyMatch(SingleTransactionManagerInterceptor.class::isInstance)
                .noneMatch(a -> a.getClass() == TransactionInterceptor.class);
    }

    /** A bulk delete needs a transaction: outside any, the repository's interceptor must open one. */
    @Test
    void aRepositoryCallOutsideATransactionGetsItsOwn() {
        long before = levels.count();
        levels.deleteAllByIdInBatch(List.of("no-such-level"));
        assertThat(levels.count()).isEqualTo(before);
    }

    private static List<Advice> advices(Object proxy) {
        return Arrays.stream(((Advised) proxy).getAdvisors()).map(Advisor::getAdvice).toList();
    }
}
