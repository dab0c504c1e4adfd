package com.bantu.servicemanagement.dependency;

import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.error.BadRequestException;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.servicemanagement.product.ProductService;
import com.bantu.servicemanagement.support.GraphLock;
import com.bantu.servicemanagement.support.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product dependencies ("A depends on B": B is a prerequisite of A). The graph stays acyclic: a new edge A→B is
 * refused (400) when A is already reachable from B; creates hold a database lock across check and insert. Reads
 * join the two products' names and codes in one query.
 */
@Service
public class ProductDependencyService {

    public static final String NOT_FOUND = "产品依赖关系不存在";
    static final List<String> TYPES = List.of("required", "recommended", "optional");
    private static final String SELECT = "SELECT d.id, d.product_id, p.name AS product_name, p.code AS product_code, "
            + "d.depends_on_product_id, q.name AS depends_on_product_name, q.code AS depends_on_product_code, "
            + "d.dependency_type, d.description, d.created_at, d.updated_at FROM product_dependencies d "
            + "JOIN products p ON p.id = d.product_id JOIN products q ON q.id = d.depends_on_product_id";
    private static final String ORDER = " ORDER BY p.code, q.code, d.id";
    /** Bounds one {@code IN (...)} list of the internal read. */
    static final int MAX_IDS = 1000;
    static final String GRAPH_LOCK = "product_dependencies";

    private final ProductDependencyRepository repo;
    private final ProductService products;
    private final JdbcTemplate jdbc;
    private final GraphLock graphLock;

    public ProductDependencyService(ProductDependencyRepository repo, ProductService products, JdbcTemplate jdbc,
                                    GraphLock graphLock) {
        this.graphLock = graphLock;
        this.repo = repo;
        this.products = products;
        this.jdbc = jdbc;
    }

    public record Filter(String productId, String dependsOnProductId, String dependencyType) {
    }

    @Transactional(readOnly = true)
    public RecordsPage<ProductDependencyResponse> list(Filter f, PageQuery page) {
        String type = QueryParams.requireOneOf("dependency_type", Sql.blankToNull(f.dependencyType()), TYPES);
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        Sql.eq(where, args, "d.product_id", Sql.blankToNull(f.productId()));
        Sql.eq(where, args, "d.depends_on_product_id", Sql.blankToNull(f.dependsOnProductId()));
        Sql.eq(where, args, "d.dependency_type", type);
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM product_dependencies d" + filter, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add((long) (page.page() - 1) * page.size());
        List<ProductDependencyResponse> rows = jdbc.query(SELECT + filter + ORDER + " LIMIT ? OFFSET ?",
                ProductDependencyService::row, pageArgs.toArray());
        long count = total == null ? 0 : total;
        return new RecordsPage<>(rows, count, page.size(), page.page(), page.pages(count));
    }

    /** The prerequisites of a product (optionally of one type); 404 when the product does not exist. */
    @Transactional(readOnly = true)
    public List<ProductDependencyResponse> prerequisites(String productId, String dependencyType) {
        String type = QueryParams.requireOneOf("dependency_type", Sql.blankToNull(dependencyType), TYPES);
        requireProduct(productId);
        return type == null
                ? jdbc.query(SELECT + " WHERE d.product_id = ?" + ORDER, ProductDependencyService::row, productId)
                : jdbc.query(SELECT + " WHERE d.product_id = ? AND d.dependency_type = ?" + ORDER,
                        ProductDependencyService::row, productId, type);
    }

    /** The products that depend on this one; 404 when the product does not exist. */
    @Transactional(readOnly = true)
    public List<ProductDependencyResponse> dependents(String productId) {
        requireProduct(productId);
        return jdbc.query(SELECT + " WHERE d.depends_on_product_id = ?" + ORDER, ProductDependencyService::row,
                productId);
    }

    /** Rows whose {@code product_id} is one of the given ids (unknown ids simply match nothing). */
    @Transactional(readOnly = true)
    public List<ProductDependencyResponse> forProducts(Collection<String> productIds) {
        List<String> ids = productIds.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_IDS) {
            throw ValidationException.of("product_ids", "at most " + MAX_IDS + " ids");
        }
        String marks = Sql.marks(ids.size());
        return jdbc.query(SELECT + " WHERE d.product_id IN (" + marks + ")" + ORDER, ProductDependencyService::row,
                ids.toArray());
    }

    /**
     * Adds an edge. The graph lock is taken first (before any read of this transaction), so concurrent creates run
     * their cycle check one after the other, each seeing the edges the previous one committed.
     */
    @Transactional
    public ProductDependencyResponse create(CreateProductDependencyRequest r) {
        graphLock.lock(GRAPH_LOCK);
        String type = r.dependencyType() == null ? "required"
                : QueryParams.requireOneOf("dependency_type", r.dependencyType().trim(), TYPES);
        String from = r.productId().trim();
        String to = r.dependsOnProductId().trim();
        if (from.equals(to)) {
            throw ValidationException.of("depends_on_product_id", "a product cannot depend on itself");
        }
        Map<String, ?> known = products.byIds(List.of(from, to));
        if (!known.containsKey(from)) {
            throw ValidationException.of("product_id", "product does not exist");
        }
        if (!known.containsKey(to)) {
            throw ValidationException.of("depends_on_product_id", "product does not exist");
        }
        if (repo.existsByProductIdAndDependsOnProductId(from, to)) {
            throw new ConflictException("该依赖关系已存在");
        }
        if (reachable(to, from)) {
            throw new BadRequestException("存在循环依赖，无法创建");
        }
        ProductDependency d = new ProductDependency();
        d.productId = from;
        d.dependsOnProductId = to;
        d.dependencyType = type;
        d.description = r.description();
        repo.saveAndFlush(d);
        return get(d.getId());
    }

    @Transactional
    public ProductDependencyResponse update(String id, UpdateProductDependencyRequest r) {
        ProductDependency d = repo.getOrThrow(id, NOT_FOUND);
        if (r.dependencyType() != null) {
            d.dependencyType = QueryParams.requireOneOf("dependency_type", r.dependencyType().trim(), TYPES);
        }
        if (r.description() != null) {
            d.description = r.description();
        }
        repo.saveAndFlush(d);
        return get(id);
    }

    @Transactional
    public void delete(String id) {
        repo.delete(repo.getOrThrow(id, NOT_FOUND));
    }

    private ProductDependencyResponse get(String id) {
        List<ProductDependencyResponse> rows = jdbc.query(SELECT + " WHERE d.id = ?", ProductDependencyService::row,
                id);
        if (rows.isEmpty()) {
            throw new NotFoundException(NOT_FOUND);
        }
        return rows.get(0);
    }

    /** Whether {@code target} is reachable from {@code start} by following "depends on" edges. */
    private boolean reachable(String start, String target) {
        Map<String, List<String>> edges = new HashMap<>();
        jdbc.query("SELECT product_id, depends_on_product_id FROM product_dependencies", rs -> {
            edges.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String node = todo.pop();
            if (node.equals(target)) {
                return true;
            }
            if (seen.add(node)) {
                todo.addAll(edges.getOrDefault(node, List.of()));
            }
        }
        return false;
    }

    private void requireProduct(String productId) {
        if (!products.byIds(List.of(productId)).containsKey(productId)) {
            throw new NotFoundException(ProductService.NOT_FOUND);
        }
    }

    private static ProductDependencyResponse row(ResultSet rs, int n) throws SQLException {
        return new ProductDependencyResponse(rs.getString("id"), rs.getString("product_id"),
                rs.getString("product_name"), rs.getString("product_code"), rs.getString("depends_on_product_id"),
                rs.getString("depends_on_product_name"), rs.getString("depends_on_product_code"),
                rs.getString("dependency_type"), rs.getString("description"),
                Sql.time(rs.getTimestamp("created_at")), Sql.time(rs.getTimestamp("updated_at")));
    }
}
