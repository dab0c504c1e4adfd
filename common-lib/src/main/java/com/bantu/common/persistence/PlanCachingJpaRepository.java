package com.bantu.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;

/**
 * Spring Data's JPA repository with IN-list reads whose SQL Hibernate translates once.
 * <p>
 * Hibernate 7 does not cache the SQL translation of a query with a multi-valued parameter ({@code IN (:ids)}, HQL or
 * criteria alike): every {@code findAllById} builds a criteria query and translates it again, which was the largest
 * single cost of a customer page in JFR profiles (about a fifth of the request). Here the list is written as one
 * single-valued parameter per value ({@code IN (:v0, :v1, ...)}), padded with the last value to the next power of two,
 * so a handful of query strings cover every list size and each is translated once and then served from Hibernate's
 * query plan cache. Lists longer than {@link #CHUNK} are read in chunks of that size.
 * <p>
 * {@link Installer} makes this the base class of every Spring Data JPA repository;
 * {@link BaseRepository#findAllWhereIn} reads by another attribute the same way.
 */
public class PlanCachingJpaRepository<T, ID> extends SimpleJpaRepository<T, ID> {

    static final int CHUNK = 512;
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String[] NAMES = new String[CHUNK];

    static {
        for (int i = 0; i < CHUNK; i++) {
            NAMES[i] = "v" + i;
        }
    }

    private final EntityManager em;
    private final JpaEntityInformation<T, ?> entity;
    private final ConcurrentMap<String, String> queries = new ConcurrentHashMap<>();

    public PlanCachingJpaRepository(JpaEntityInformation<T, ?> entity, EntityManager em) {
        super(entity, em);
        this.em = em;
        this.entity = entity;
    }

    @Override
    public List<T> findAllById(Iterable<ID> ids) {
        if (entity.hasCompositeId() || entity.getIdAttribute() == null) {
            return super.findAllById(ids);
        }
        List<Object> values = new ArrayList<>();
        ids.forEach(values::add);
        return findAllWhereIn(entity.getIdAttribute().getName(), values);
    }

    /**
     * The rows whose {@code attribute} (a plain attribute name of the entity, written in code) equals one of the
     * values; nulls and repeats among the values are ignored. In no particular order.
     */
    public List<T> findAllWhereIn(String attribute, Collection<?> values) {
        if (!ATTRIBUTE.matcher(attribute).matches()) {
            throw new IllegalArgumentException("Not an attribute name: " + attribute);
        }
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        distinct.removeIf(Objects::isNull);
        List<T> out = new ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            out.addAll(read(attribute, distinct.subList(from, Math.min(distinct.size(), from + CHUNK))));
        }
        return out;
    }

    private List<T> read(String attribute, List<Object> values) {
        int slots = Integer.highestOneBit(values.size());
        slots = slots == values.size() ? slots : slots * 2;
        TypedQuery<T> query = em.createQuery(query(attribute, slots), entity.getJavaType());
        Object last = values.get(values.size() - 1);
        for (int i = 0; i < slots; i++) {
            query.setParameter(NAMES[i], i < values.size() ? values.get(i) : last);
        }
        return query.getResultList();
    }

    /** {@code select e from Entity e where e.attribute in (:v0, ..., :v<slots-1>)}, built once per shape. */
    private String query(String attribute, int slots) {
        return queries.computeIfAbsent(attribute + '/' + slots, key -> {
            StringBuilder q = new StringBuilder("select e from ").append(entity.getEntityName())
                    .append(" e where e.").append(attribute).append(" in (");
            for (int i = 0; i < slots; i++) {
                q.append(i == 0 ? ":v" : ", :v").append(i);
            }
            return q.append(')').toString();
        });
    }

    /**
     * Sets {@link PlanCachingJpaRepository} as the base class of every Spring Data JPA repository factory bean, before
     * the factory is created (a bean post-processor, among the first).
     */
    public static class Installer implements BeanPostProcessor, PriorityOrdered {

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repositories) {
                repositories.setRepositoryBaseClass(PlanCachingJpaRepository.class);
            }
            return bean;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
