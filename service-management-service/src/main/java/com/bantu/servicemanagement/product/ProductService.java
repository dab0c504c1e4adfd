package com.bantu.servicemanagement.product;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.common.security.CurrentUser;
import com.bantu.servicemanagement.category.CategoryService;
import com.bantu.servicemanagement.names.FoundationNames;
import com.bantu.servicemanagement.servicetype.ServiceTypeService;
import com.bantu.servicemanagement.support.Tx;
import com.bantu.servicemanagement.support.Versions;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProductService {

    public static final String NOT_FOUND = "产品不存在";
    public static final String VENDOR_PRODUCT_NOT_FOUND = "供应商产品不存在";
    static final List<String> STATUSES = List.of("active", "inactive", "suspended");
    private static final Map<String, String> SORTS = Map.of("name", "name", "code", "code",
            "created_at", "createdAt", "updated_at", "updatedAt", "price_list_idr", "priceListIdr",
            "price_direct_idr", "priceDirectIdr", "processing_days", "processingDays", "status", "status");

    private final ProductRepository products;
    private final VendorProductRepository vendorProducts;
    private final ProductPriceHistoryRepository history;
    private final CategoryService categories;
    private final ServiceTypeService serviceTypes;
    private final FoundationNames names;
    private final Tx tx;
    private final EnterpriseServiceCodes serviceCodes;
    private final VendorPriceHistory vendorHistory;

    public ProductService(ProductRepository products, VendorProductRepository vendorProducts,
                          ProductPriceHistoryRepository history, CategoryService categories,
                          ServiceTypeService serviceTypes, FoundationNames names, Tx tx,
                          EnterpriseServiceCodes serviceCodes, VendorPriceHistory vendorHistory) {
        this.vendorHistory = vendorHistory;
        this.serviceCodes = serviceCodes;
        this.tx = tx;
        this.products = products;
        this.vendorProducts = vendorProducts;
        this.history = history;
        this.categories = categories;
        this.serviceTypes = serviceTypes;
        this.names = names;
    }

    public record Filter(String name, String code, String categoryId, String serviceType, String serviceSubtype,
                         String status, Boolean isActive, boolean includeDeleted) {
    }

    /** Read in one read-only transaction; vendor names from foundation are resolved after it (so in every method). */
    public ItemsPage<ProductResponse> list(Filter f, PageQuery page, String sortBy, String sortOrder) {
        String status = QueryParams.requireOneOf("status", f.status(), STATUSES);
        Sort sort = QueryParams.sort(sortBy, sortOrder, SORTS, Sort.by(Sort.Direction.DESC, "createdAt"));
        Specification<Product> spec = Specification.allOf(Specs.contains("name", f.name()),
                Specs.eq("code", f.code()), Specs.eq("categoryId", f.categoryId()),
                Specs.eq("serviceType", f.serviceType()), Specs.eq("serviceSubtype", f.serviceSubtype()),
                Specs.eq("status", status), Specs.eq("active", f.isActive()),
                f.includeDeleted() ? Specs.all() : (root, q, cb) -> cb.isNull(root.get("deletedAt")));
        Page<Product> result = tx.read(() -> products.findAll(spec, page.toPageable(sort)));
        return new ItemsPage<>(responses(result.getContent()), result.getTotalElements(), page.page(), page.size());
    }

    public ProductResponse get(String id) {
        return responses(List.of(products.getOrThrow(id, NOT_FOUND))).get(0);
    }

    public ProductResponse create(CreateProductRequest body) {
        return get(tx.write(() -> insert(body.asUpdate())));
    }

    private String insert(UpdateProductRequest r) {
        Product p = new Product();
        if (r.code() != null) {
            requireFreeCode(r.code().trim());
        }
        checkReferences(r);
        ProductMapper.apply(r, p);
        serviceCodes.assignIfMissing(p);
        products.saveAndFlush(p);
        return p.getId();
    }

    /** Partial update; every changed price writes a price-history row (old, new, who, when). */
    public ProductResponse update(String id, UpdateProductRequest r) {
        tx.write(() -> change(id, r));
        return get(id);
    }

    private Product change(String id, UpdateProductRequest r) {
        Product p = products.getOrThrow(id, NOT_FOUND);
        Versions.expect(r.version(), p.version);
        if (r.code() != null && !r.code().trim().equals(p.code)) {
            requireFreeCode(r.code().trim());
        }
        checkReferences(r);
        Map<PriceField, BigDecimal> before = PriceField.snapshot(p);
        ProductMapper.apply(r, p);
        serviceCodes.assignIfMissing(p);
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        for (PriceField field : PriceField.values()) {
            if (PriceField.changed(before.get(field), field.of(p))) {
                record(p.getId(), null, field.column(), before.get(field), field.of(p), now);
            }
        }
        products.saveAndFlush(p);
        return p;
    }

    @Transactional
    public void delete(String id) {
        Product p = products.getOrThrow(id, NOT_FOUND);
        p.softDelete();
        products.saveAndFlush(p);
    }

    public ProductResponse restore(String id) {
        tx.write(() -> {
            Product p = products.getOrThrow(id, NOT_FOUND);
            p.restore();
            return products.saveAndFlush(p);
        });
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<PriceHistoryResponse> priceHistory(String id) {
        products.getOrThrow(id, NOT_FOUND);
        return history.findByProductIdOrderByChangedAtDescPriceFieldAsc(id).stream()
                .map(ProductMapper::toResponse).toList();
    }

    // ---------------------------------------------------------------- vendor products

    /** An offer and its product, read or written in a transaction and answered after it. */
    private record Offer(VendorProduct offer, Product product) {
    }

    /** One vendor offer of a product as {@link #vendors} shows it, or null (the audit record's before-state). */
    public VendorProductResponse vendor(String productId, String vendorProductId) {
        return vendors(productId).stream().filter(v -> v.id().equals(vendorProductId)).findFirst().orElse(null);
    }

    public List<VendorProductResponse> vendors(String productId) {
        List<Offer> rows = tx.read(() -> {
            Product p = products.getOrThrow(productId, NOT_FOUND);
            return vendorProducts.findByProductIdOrderByCreatedAtAsc(productId).stream()
                    .map(v -> new Offer(v, p)).toList();
        });
        Map<String, String> vendorNames = names.organizations(rows.stream().map(o -> o.offer().vendorId).toList());
        return rows.stream().map(o -> ProductMapper.toResponse(o.offer(),
                vendorNames.get(o.offer().vendorId), o.product())).toList();
    }

    public record VendorFilter(Boolean isAvailable, Boolean isPrimary) {
    }

    /** The products a vendor offers ({@code GET /products/vendors/{vendor_id}}). */
    public ItemsPage<VendorProductResponse> byVendor(String vendorId, VendorFilter f, PageQuery page) {
        Specification<VendorProduct> spec = Specification.allOf(Specs.eq("vendorId", vendorId),
                Specs.eq("isAvailable", f.isAvailable()), Specs.eq("isPrimary", f.isPrimary()));
        ItemsPage<Offer> rows = tx.read(() -> {
            Page<VendorProduct> result = vendorProducts.findAll(spec,
                    page.toPageable(Sort.by(Sort.Direction.DESC, "isPrimary").and(Sort.by("createdAt", "id"))));
            Map<String, Product> byId = products.findAllById(result.getContent().stream().map(v -> v.productId)
                    .distinct().toList()).stream().collect(Collectors.toMap(Product::getId, Function.identity()));
            return new ItemsPage<>(result.getContent().stream().map(v -> new Offer(v, byId.get(v.productId)))
                    .toList(), result.getTotalElements(), page.page(), page.size());
        });
        String vendorName = names.organization(vendorId);
        return new ItemsPage<>(rows.items().stream()
                .map(o -> ProductMapper.toResponse(o.offer(), vendorName, o.product())).toList(),
                rows.total(), rows.page(), rows.size());
    }

    public VendorProductResponse addVendor(String productId, CreateVendorProductRequest body) {
        return answer(tx.write(() -> insertOffer(productId, body.asUpdate())));
    }

    private Offer insertOffer(String productId, UpdateVendorProductRequest r) {
        Product p = products.lockById(productId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        String vendorId = r.vendorId().trim();
        if (vendorProducts.existsByVendorIdAndProductId(vendorId, productId)) {
            throw new ConflictException("该供应商已提供此产品");
        }
        if (Boolean.TRUE.equals(r.isPrimary())) {
            vendorProducts.clearPrimary(productId, "");
        }
        VendorProduct v = new VendorProduct();
        v.vendorId = vendorId;
        v.productId = productId;
        ProductMapper.apply(r, v);
        vendorProducts.saveAndFlush(v);
        if (v.vendorPrice != null) {
            vendorHistory.record(v.getId(), null, null, v.costPriceCny, v.costPriceIdr);
        }
        return new Offer(v, p);
    }

    /**
     * Partial update of an offer. Making it primary clears the product's old primary first, while the product row is
     * locked, so two concurrent requests cannot leave two primaries (the unique key would refuse it anyway).
     */
    public VendorProductResponse updateVendor(String productId, String vendorProductId,
                                              UpdateVendorProductRequest r) {
        return answer(tx.write(() -> changeOffer(productId, vendorProductId, r)));
    }

    private VendorProductResponse answer(Offer o) {
        return ProductMapper.toResponse(o.offer(), names.organization(o.offer().vendorId), o.product());
    }

    private Offer changeOffer(String productId, String vendorProductId, UpdateVendorProductRequest r) {
        Product p = products.lockById(productId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        VendorProduct v = findOffer(productId, vendorProductId);
        if (r.vendorId() != null && !r.vendorId().trim().equals(v.vendorId)) {
            throw ValidationException.of("vendor_id", "the vendor of an offer cannot be changed");
        }
        if (Boolean.TRUE.equals(r.isPrimary()) && !v.isPrimary) {
            vendorProducts.clearPrimary(productId, v.getId());
            v = findOffer(productId, vendorProductId);
        }
        BigDecimal oldPrice = v.vendorPrice;
        BigDecimal oldCny = v.costPriceCny;
        BigDecimal oldIdr = v.costPriceIdr;
        ProductMapper.apply(r, v);
        vendorProducts.saveAndFlush(v);
        if (PriceField.changed(oldPrice, v.vendorPrice)) {
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            record(productId, v.vendorId, "vendor_price", oldPrice, v.vendorPrice, now);
            vendorHistory.record(v.getId(), oldCny, oldIdr, v.costPriceCny, v.costPriceIdr);
        }
        return new Offer(v, p);
    }

    private VendorProduct findOffer(String productId, String vendorProductId) {
        return vendorProducts.findById(vendorProductId).filter(x -> x.productId.equals(productId))
                .orElseThrow(() -> new NotFoundException(VENDOR_PRODUCT_NOT_FOUND));
    }

    @Transactional
    public void removeVendor(String productId, String vendorProductId) {
        products.getOrThrow(productId, NOT_FOUND);
        vendorProducts.delete(findOffer(productId, vendorProductId));
    }

    // ---------------------------------------------------------------- helpers

    /** Product names and codes by id, for service records. */
    @Transactional(readOnly = true)
    public Map<String, Product> byIds(List<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        return products.findAllById(wanted).stream().collect(Collectors.toMap(Product::getId, Function.identity()));
    }

    private void requireFreeCode(String code) {
        if (products.existsByCode(code)) {
            throw new ConflictException("产品编码 " + code + " 已存在");
        }
    }

    private void checkReferences(UpdateProductRequest r) {
        if (r.categoryId() != null && !categories.exists(r.categoryId())) {
            throw ValidationException.of("category_id", "category does not exist");
        }
        if (r.serviceTypeId() != null && !serviceTypes.exists(r.serviceTypeId())) {
            throw ValidationException.of("service_type_id", "service type does not exist");
        }
    }

    private void record(String productId, String vendorId, String field, BigDecimal oldValue, BigDecimal newValue,
                        LocalDateTime when) {
        ProductPriceHistory h = new ProductPriceHistory();
        h.productId = productId;
        h.vendorId = vendorId;
        h.priceField = field;
        h.oldValue = oldValue;
        h.newValue = newValue;
        h.changedBy = CurrentUser.id();
        h.changedByName = CurrentUser.get().username();
        h.changedAt = when;
        history.save(h);
    }

    private List<ProductResponse> responses(List<Product> rows) {
        Map<String, String> vendorNames = names.organizations(rows.stream().map(p -> p.vendorId).toList());
        Map<String, String> categoryNames = categories.names(rows.stream().map(p -> p.categoryId).toList());
        Map<String, String> typeNames = serviceTypes.names(rows.stream().map(p -> p.serviceTypeId).toList());
        List<ProductResponse> out = new ArrayList<>(rows.size());
        for (Product p : rows) {
            String vendorName = p.vendorId == null ? p.vendorName : vendorNames.get(p.vendorId);
            out.add(ProductMapper.toResponse(p, vendorName, categoryNames.get(p.categoryId),
                    typeNames.get(p.serviceTypeId)));
        }
        return out;
    }
}
