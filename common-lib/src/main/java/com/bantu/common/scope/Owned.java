package com.bantu.common.scope;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;

/**
 * How an entity is owned, declared once per entity, and turned into the JPA condition of a {@link DataScope}:
 * <pre>{@code
 * static final Owned<Customer> OWNED = Owned.<Customer>by("ownerUserId", "createdBy").organization("organizationId");
 * customers.findAll(Specification.allOf(OWNED.in(DataScope.current()), filters), pageable);
 * }</pre>
 * The condition is: nothing for {@code all}; never true for {@code none}; otherwise any user attribute equals the
 * caller, or (organization levels) the organization attribute is one of the covered organizations, or any of the
 * extra "also visible" rules holds: a parent row in scope ({@link #orParent}, e.g. a contact whose customer the caller
 * sees) or a rule of the feature ({@link #or}, e.g. the public pool of the caller's organization).
 * Instances are immutable; each method returns a new one.
 */
public final class Owned<T> {

    private interface Rule {
        Predicate apply(DataScope s, From<?, ?> root, CriteriaQuery<?> q, CriteriaBuilder cb);
    }

    private final List<String> userAttributes;
    private final String organizationAttribute;
    private final List<Rule> extras;

    private Owned(List<String> userAttributes, String organizationAttribute, List<Rule> extras) {
        this.userAttributes = List.copyOf(userAttributes);
        this.organizationAttribute = organizationAttribute;
        this.extras = List.copyOf(extras);
    }

    /** Owned by the users named in these attributes (owner, creator, sales user, assignee…). */
    public static <T> Owned<T> by(String... userAttributes) {
        return new Owned<>(List.of(userAttributes), null, List.of());
    }

    /** The attribute holding the record's organization id (for {@code org} / {@code org_and_children}). */
    public Owned<T> organization(String attribute) {
        return new Owned<>(userAttributes, attribute, extras);
    }

    /**
     * Also in scope when the parent row its {@code foreignKey} points at is in scope (a subquery on the parent's
     * string {@code id}).
     */
    public <P> Owned<T> orParent(String foreignKey, Class<P> parentType, Owned<P> parent) {
        List<Rule> more = new ArrayList<>(extras);
        more.add((s, root, q, cb) -> {
            Subquery<String> sq = q.subquery(String.class);
            Root<P> p = sq.from(parentType);
            Predicate inScope = parent.predicate(s, p, q, cb);
            sq.select(p.<String>get("id"));
            if (inScope != null) {
                sq.where(inScope);
            }
            return root.get(foreignKey).in(sq);
        });
        return new Owned<>(userAttributes, organizationAttribute, more);
    }

    /**
     * Also in scope when the feature's own rule holds (given the caller's scope; a null specification adds nothing).
     */
    @SuppressWarnings("unchecked")
    public Owned<T> or(Function<DataScope, Specification<T>> rule) {
        List<Rule> more = new ArrayList<>(extras);
        more.add((s, root, q, cb) -> {
            Specification<T> spec = rule.apply(s);
            if (spec == null) {
                return null;
            }
            if (!(root instanceof Root<?>)) {
                throw new IllegalStateException("a feature rule (or) applies to a query root, not to a joined row");
            }
            return spec.toPredicate((Root<T>) root, q, cb);
        });
        return new Owned<>(userAttributes, organizationAttribute, more);
    }

    /** The rows of this entity the scope covers, as a specification to AND with the list's filters. */
    public Specification<T> in(DataScope scope) {
        return (root, q, cb) -> predicate(scope, root, q, cb);
    }

    /** {@link #in} for the current request's principal. */
    public Specification<T> current() {
        return in(DataScope.current());
    }

    /**
     * The same condition on a joined row inside a feature's own specification (e.g. the order a payment belongs to:
     * {@code owned.on(scope, root.join("order"), q, cb)}); null for {@code all}, so callers add it only when non-null.
     */
    public Predicate on(DataScope scope, From<?, ?> row, CriteriaQuery<?> q, CriteriaBuilder cb) {
        return predicate(scope, row, q, cb);
    }

    /** Null (no condition) for {@code all}. */
    private Predicate predicate(DataScope s, From<?, ?> root, CriteriaQuery<?> q, CriteriaBuilder cb) {
        if (s.isAll()) {
            return null;
        }
        if (s.level() == DataScope.Level.NONE) {
            return cb.disjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (s.userId() != null) {
            for (String attribute : userAttributes) {
                any.add(cb.equal(root.get(attribute), s.userId()));
            }
        }
        if (s.level().byOrganization() && organizationAttribute != null && !s.organizationIds().isEmpty()) {
            any.add(root.get(organizationAttribute).in(s.organizationIds()));
        }
        for (Rule rule : extras) {
            Predicate p = rule.apply(s, root, q, cb);
            if (p != null) {
                any.add(p);
            }
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }
}
