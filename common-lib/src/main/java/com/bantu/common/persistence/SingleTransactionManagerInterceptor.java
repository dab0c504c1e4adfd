package com.bantu.common.persistence;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.ClassUtils;

/**
 * Spring's {@code @Transactional} interceptor without its per-call look for a {@code @Qualifier} on the target class.
 * <p>
 * For every call of a {@code @Transactional} method whose annotation names no transaction manager, Spring Framework 7
 * scans the target class's annotations for a type-level {@code @Qualifier} naming one (an annotation scan that is not
 * cached): about 0.4 % of a request's CPU per transactional call, about 4 % of {@code GET /customers} in JFR
 * profiles, where the list calls four lookup services and their repositories inside its transaction. No class here
 * carries such a qualifier and each service has one transaction manager, so this interceptor skips the scan and
 * otherwise chooses as Spring does: the annotation's own qualifier, else the configured or the single transaction
 * manager (cached by Spring).
 * {@link Replacer} puts it in place of Spring's: the {@code @Transactional} advice and Spring Data's repositories'.
 */
public class SingleTransactionManagerInterceptor extends TransactionInterceptor {

    @Override
    protected TransactionManager determineTransactionManager(TransactionAttribute txAttr, Class<?> targetClass) {
        return super.determineTransactionManager(txAttr, null);
    }

    /**
     * Puts a {@link SingleTransactionManagerInterceptor} in place of Spring's own:
     * <ul>
     *   <li>the context's {@code TransactionInterceptor} bean (exactly that class, as Spring's transaction
     *       configuration creates it), replaced before it is initialised with one of the same attribute source and
     *       transaction manager, so the transaction advisor takes the replacement;</li>
     *   <li>the interceptor Spring Data puts into every repository proxy, replaced in the proxy with one of the same
     *       attribute source, when the context has exactly one transaction manager (else Spring Data's stays).</li>
     * </ul>
     * Registered among the first post-processors ({@link PriorityOrdered}), before the interceptor can be created.
     */
    public static class Replacer implements BeanPostProcessor, BeanFactoryAware, PriorityOrdered {

        private static final boolean SPRING_DATA = ClassUtils.isPresent(
                "org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport",
                Replacer.class.getClassLoader());

        private ListableBeanFactory beanFactory;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = (ListableBeanFactory) beanFactory;
        }

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
            if (bean.getClass() == TransactionInterceptor.class) {
                TransactionInterceptor spring = (TransactionInterceptor) bean;
                SingleTransactionManagerInterceptor replacement = like(spring);
                replacement.setTransactionManager(spring.getTransactionManager());
                return replacement;
            }
            if (SPRING_DATA && bean instanceof RepositoryFactoryBeanSupport<?, ?, ?> repositories) {
                repositories.addRepositoryFactoryCustomizer(factory ->
                        factory.addRepositoryProxyPostProcessor((proxy, information) -> replaceIn(proxy)));
            }
            return bean;
        }

        private void replaceIn(ProxyFactory proxy) {
            String[] managers = beanFactory.getBeanNamesForType(TransactionManager.class, true, false);
            if (managers.length != 1) {
                return;
            }
            for (Advisor advisor : proxy.getAdvisors()) {
                if (advisor.getAdvice().getClass() == TransactionInterceptor.class) {
                    SingleTransactionManagerInterceptor replacement =
                            like((TransactionInterceptor) advisor.getAdvice());
                    replacement.setTransactionManagerBeanName(managers[0]);
                    replacement.afterPropertiesSet();
                    proxy.replaceAdvisor(advisor, new DefaultPointcutAdvisor(replacement));
                }
            }
        }

        /** One with Spring's attribute source and this context's bean factory (the caller names the manager). */
        private SingleTransactionManagerInterceptor like(TransactionInterceptor spring) {
            SingleTransactionManagerInterceptor replacement = new SingleTransactionManagerInterceptor();
            replacement.setTransactionAttributeSource(spring.getTransactionAttributeSource());
            replacement.setBeanFactory(beanFactory);
            return replacement;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
