package com.bantu.business.opportunity;

import com.bantu.business.lead.Lead;
import com.bantu.business.lead.LeadConversions;
import com.bantu.business.lead.LeadService;
import com.bantu.business.lead.LeadStatus;
import com.bantu.business.order.CreateOrderRequest;
import com.bantu.business.order.ItemRequest;
import com.bantu.business.order.Order;
import com.bantu.business.order.OrderResponse;
import com.bantu.business.order.OrderService;
import com.bantu.business.remote.Foundation;
import com.bantu.business.customer.CustomerReplica;
import com.bantu.business.remote.ServiceManagement;
import com.bantu.business.support.Money;
import com.bantu.business.support.Params;
import com.bantu.business.support.Scope;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.RecordsPage;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.common.scope.Owned;
import com.bantu.common.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opportunities: CRUD with products and payment stages, the stage pipeline tied to the status, follow-ups and notes,
 * conversion from a lead and into an order. Data scope (common-lib {@code DataScope}): ADMIN all; SALES the
 * opportunities they own or created, an organization scope also its organizations' (404 outside). A won, lost or
 * cancelled opportunity is closed: editing it is a 409; converting a won one
 * again returns the order it already produced.
 */
@Service
public class OpportunityService {

    public static final String NOT_FOUND = "商机不存在";
    static final List<String> STAGES = List.of("initial_contact", "needs_analysis", "proposal", "negotiation",
            "closed_won", "closed_lost");
    static final List<String> OPEN_STAGES = STAGES.subList(0, 4);
    static final List<String> STATUSES = List.of("active", "won", "lost", "cancelled");
    static final List<String> TRIGGERS = List.of("manual", "milestone", "date", "completion");

    private final OpportunityRepository opportunities;
    private final OpportunityProductRepository products;
    private final OpportunityPaymentStageRepository stages;
    private final OpportunityFollowUpRepository followUps;
    private final OpportunityNoteRepository notes;
    private final LeadService leadService;
    private final LeadConversions conversions;
    private final OrderService orderService;
    private final ServiceManagement serviceManagement;
    private final CustomerReplica customers;
    private final Foundation foundation;
    private final OpportunityEvents events;
    private final TransactionTemplate tx;

    public OpportunityService(OpportunityRepository opportunities, OpportunityProductRepository products,
                              OpportunityPaymentStageRepository stages, OpportunityFollowUpRepository followUps,
                              OpportunityNoteRepository notes, LeadService leadService,
                              LeadConversions conversions, OrderService orderService,
                              ServiceManagement serviceManagement, CustomerReplica customers,
                              Foundation foundation, OpportunityEvents events,
                              PlatformTransactionManager txManager) {
        this.opportunities = opportunities;
        this.products = products;
        this.stages = stages;
        this.followUps = followUps;
        this.notes = notes;
        this.leadService = leadService;
        this.conversions = conversions;
        this.orderService = orderService;
        this.serviceManagement = serviceManagement;
        this.customers = customers;
        this.foundation = foundation;
        this.events = events;
        this.tx = new TransactionTemplate(txManager);
    }

    public record Filter(String ownerUserId, String customerId, String stage, String status, String name,
                         BigDecimal minAmount, BigDecimal maxAmount) {
    }

    // ------------------------------------------------------------------------------------------------ scope

    /** An opportunity belongs to its owner, its creator and its organization (common-lib data scopes). */
    static final Owned<Opportunity> OWNED = Owned.<Opportunity>by("ownerUserId", "createdBy")
            .organization("organizationId");

    static Specification<Opportunity> readable(Scope s) {
        return OWNED.in(s.data());
    }

    @Transactional(readOnly = true)
    public Opportunity require(String id) {
        return opportunities.findOne(Specification.allOf(Specs.eq("id", id), readable(Scope.current())))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The row locked for the transaction (first read), if the caller may see it; 404 otherwise. */
    Opportunity lock(String id) {
        Opportunity o = opportunities.lockById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!Scope.current().writes().covers(o.organizationId, o.ownerUserId, o.createdBy)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return o;
    }

    // ------------------------------------------------------------------------------------------------ reads

    @Transactional(readOnly = true)
    public RecordsPage<OpportunityResponse> list(Filter f, PageQuery page) {
        Specification<Opportunity> spec = Specification.allOf(readable(Scope.current()),
                Specs.eq("ownerUserId", f.ownerUserId()), Specs.eq("customerId", f.customerId()),
                Specs.eq("stage", Params.oneOf("stage", f.stage(), STAGES)),
                Specs.eq("status", Params.oneOf("status", f.status(), STATUSES)), Specs.contains("name", f.name()),
                (root, q, cb) -> f.minAmount() == null ? null
                        : cb.greaterThanOrEqualTo(root.get("amount"), f.minAmount()),
                (root, q, cb) -> f.maxAmount() == null ? null
                        : cb.lessThanOrEqualTo(root.get("amount"), f.maxAmount()));
        Page<Opportunity> result = opportunities.findAll(spec, page.toPageable(
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        return RecordsPage.of(result, page, responder(result.getContent()));
    }

    @Transactional(readOnly = true)
    public OpportunityResponse get(String id) {
        return response(require(id));
    }

    // ------------------------------------------------------------------------------------------------ create

    public OpportunityResponse create(CreateRequest r) {
        if (r.customerId() == null || r.customerId().isBlank()) {
            throw ValidationException.of("customer_id", "must not be blank");
        }
        String owner = owner(r.ownerUserId());
        ServiceManagement.Customer customer = customers.find(r.customerId())
                .orElseThrow(() -> ValidationException.of("customer_id", "customer does not exist"));
        Map<String, ServiceManagement.Product> known = products(r.products());
        Map<String, Integer> order = executionOrder(r);
        return tx.execute(st -> response(insert(r, customer.id(), customer.name(), owner, r.leadId(), known,
                order)));
    }

    /**
     * The product-dependency rule of a new opportunity: every required prerequisite of a chosen product must be in
     * the list (400 on {@code products} naming each missing pair); the execution order is the topological order of
     * the required dependencies (a product's own {@code execution_order} wins unless {@code auto_calculate_order}).
     */
    private Map<String, Integer> executionOrder(CreateRequest r) {
        if (r.products() == null || r.products().isEmpty()) {
            return Map.of();
        }
        List<String> ids = r.products().stream().map(ProductRequest::productId).toList();
        List<ServiceManagement.Dependency> rows = serviceManagement.dependencies(ids);
        ProductDependencyRules.Check check = ProductDependencyRules.check(ids, rows);
        if (!check.isValid()) {
            throw ValidationException.of("products", ProductDependencyRules.failure(check));
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        ProductDependencyRules.order(ids, rows).forEach(step -> out.put(step.productId(), step.executionOrder()));
        return out;
    }

    /** validate-dependencies of a product list for an opportunity the caller may see (404 otherwise). */
    public ProductDependencyRules.Check validateDependencies(String id, List<String> productIds) {
        require(id);
        List<String> ids = productIds(productIds);
        return ProductDependencyRules.check(ids, serviceManagement.dependencies(ids));
    }

    /** calculate-order: each product's execution order and its required prerequisites among the list. */
    public List<ProductDependencyRules.Step> calculateOrder(List<String> productIds) {
        List<String> ids = productIds(productIds);
        return ProductDependencyRules.order(ids, serviceManagement.dependencies(ids));
    }

    private static List<String> productIds(List<String> productIds) {
        if (productIds == null) {
            throw ValidationException.of("product_ids", "must be a JSON array of product ids");
        }
        if (productIds.size() > 200) {
            throw ValidationException.of("product_ids", "at most 200 products");
        }
        for (int i = 0; i < productIds.size(); i++) {
            String id = productIds.get(i);
            if (id == null || id.isBlank() || id.length() > 36) {
                throw ValidationException.of("product_ids[" + i + "]", "must be a product id");
            }
        }
        return productIds;
    }

    /**
     * convert-from-lead: the lead's customer is {@code customer_id} when given (it must exist), else created from the
     * lead through service-management (idempotent, see {@link LeadConversions}); then, in one transaction, the lead
     * becomes converted and the opportunity is created. The products obey the same dependency rule as on create
     * (400 on {@code products}, checked first: a refused conversion creates no customer and leaves the lead as it
     * was), and get the same execution order.
     */
    public OpportunityResponse fromLead(String leadId, CreateRequest r) {
        String owner = r.ownerUserId() == null ? null : owner(r.ownerUserId());
        Map<String, ServiceManagement.Product> known = products(r.products());
        // the same product-dependency rule as a new opportunity, checked before any customer is created
        Map<String, Integer> order = executionOrder(r);
        if (r.customerId() != null && !r.customerId().isBlank()) {
            ServiceManagement.Customer customer = customers.find(r.customerId())
                    .orElseThrow(() -> ValidationException.of("customer_id", "customer does not exist"));
            return tx.execute(st -> {
                Lead l = leadService.lockOwned(leadId);
                if (LeadStatus.isFinal(l.getStatus())) {
                    throw new ConflictException("线索已转化或已流失，不能再转化");
                }
                leadService.markConverted(l, customer.id(), CurrentUser.id());
                return response(insert(r, customer.id(), customer.name(), ownerOf(owner, l), leadId, known,
                        order));
            });
        }
        LeadConversions.Started started = conversions.begin(leadId);
        ServiceManagement.Customer customer = conversions.createCustomer(started, null, null);
        return tx.execute(st -> {
            Lead l = conversions.finish(leadId, customer.id());
            return response(insert(r, customer.id(), customer.name(), ownerOf(owner, l), leadId, known,
                    order));
        });
    }

    private static String ownerOf(String requested, Lead l) {
        if (requested != null) {
            return requested;
        }
        return l.getOwnerUserId() != null ? l.getOwnerUserId() : CurrentUser.id();
    }

    private Opportunity insert(CreateRequest r, String customerId, String customerName, String owner, String leadId,
                               Map<String, ServiceManagement.Product> known, Map<String, Integer> order) {
        Scope s = Scope.current();
        Opportunity o = new Opportunity();
        o.customerId = customerId;
        o.customerName = customerName;
        o.leadId = leadId;
        o.name = r.name().trim();
        o.amount = Money.of(r.amount());
        o.currencyCode = Objects.requireNonNullElse(Money.currency("currency_code", r.currencyCode()), "CNY");
        o.probability = r.probability();
        o.ownerUserId = owner;
        o.organizationId = s.organizationId();
        o.expectedCloseDate = r.expectedCloseDate();
        o.description = r.description();
        o.createdBy = s.userId();
        o.updatedBy = s.userId();
        String stage = r.stage() == null ? "initial_contact" : Params.oneOf("stage", r.stage(), OPEN_STAGES);
        o.stage = stage;
        if (r.status() != null && !"active".equals(Params.oneOf("status", r.status(), STATUSES))) {
            throw ValidationException.of("status", "a new opportunity is active");
        }
        opportunities.saveAndFlush(o);
        addProducts(o, r.products(), known, order, Boolean.TRUE.equals(r.autoCalculateOrder()));
        addStages(o, r.paymentStages());
        return o;
    }

    private void addProducts(Opportunity o, List<ProductRequest> list, Map<String, ServiceManagement.Product> known,
                             Map<String, Integer> order, boolean auto) {
        if (list == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < list.size(); n++) {
            ProductRequest p = list.get(n);
            String field = "products[" + n + "].product_id";
            if (!seen.add(p.productId())) {
                throw ValidationException.of(field, "product listed twice");
            }
            ServiceManagement.Product product = known.get(p.productId());
            if (product == null) {
                throw ValidationException.of(field, "product does not exist");
            }
            OpportunityProduct e = new OpportunityProduct();
            e.opportunityId = o.getId();
            e.productId = p.productId();
            e.productName = product.name();
            e.productCode = product.code();
            e.quantity = p.quantity() == null ? 1 : p.quantity();
            e.unitPrice = Money.orZero(p.unitPrice());
            e.totalAmount = Money.lineAmount(e.quantity, e.unitPrice, null);
            e.executionOrder = p.executionOrder() != null && !auto ? p.executionOrder()
                    : order.getOrDefault(p.productId(), n + 1);
            e.startDate = p.startDate();
            e.expectedCompletionDate = p.expectedCompletionDate();
            e.notes = p.notes();
            products.save(e);
        }
        products.flush();
    }

    private void addStages(Opportunity o, List<PaymentStageRequest> list) {
        if (list == null || list.isEmpty()) {
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 0; n < list.size(); n++) {
            PaymentStageRequest p = list.get(n);
            if (!numbers.add(p.stageNumber())) {
                throw ValidationException.of("payment_stages[" + n + "].stage_number", "stage number used twice");
            }
            OpportunityPaymentStage e = new OpportunityPaymentStage();
            e.opportunityId = o.getId();
            e.stageNumber = p.stageNumber();
            e.stageName = p.stageName().trim();
            e.amount = Money.of(p.amount());
            e.dueDate = p.dueDate();
            e.paymentTrigger = p.paymentTrigger() == null ? "manual"
                    : Params.oneOf("payment_stages[" + n + "].payment_trigger", p.paymentTrigger(), TRIGGERS);
            sum = sum.add(e.amount);
            stages.save(e);
        }
        if (o.amount != null && sum.compareTo(o.amount) > 0) {
            throw ValidationException.of("payment_stages", "the stages add up to " + sum + ", more than the amount "
                    + o.amount);
        }
        stages.flush();
    }

    // ------------------------------------------------------------------------------------------------ update

    @Transactional
    public OpportunityResponse update(String id, UpdateRequest r) {
        Opportunity o = lock(id);
        if (r.version() != null && !r.version().equals(o.version)) {
            throw new ConflictException("商机已被他人修改; reload and retry");
        }
        if (!"active".equals(o.status)) {
            throw new ConflictException("商机已关闭 (" + o.status + ")，不能修改");
        }
        if (r.ownerUserId() != null && !r.ownerUserId().equals(o.ownerUserId)) {
            if (!Scope.current().admin()) {
                throw new ForbiddenException("只有管理员可以更换负责人 (use assign)");
            }
            o.ownerUserId = r.ownerUserId();
        }
        if (r.name() != null) {
            o.name = r.name().trim();
        }
        if (r.amount() != null) {
            o.amount = Money.of(r.amount());
        }
        if (r.probability() != null) {
            o.probability = r.probability();
        }
        if (r.expectedCloseDate() != null) {
            o.expectedCloseDate = r.expectedCloseDate();
        }
        if (r.description() != null) {
            o.description = r.description();
        }
        if (r.stage() != null) {
            moveStage(o, Params.oneOf("stage", r.stage(), STAGES));
        }
        if (r.status() != null && !r.status().equals(o.status)) {
            setStatus(o, Params.oneOf("status", r.status(), STATUSES));
        }
        if (r.actualCloseDate() != null) {
            o.actualCloseDate = r.actualCloseDate();
        }
        o.updatedBy = CurrentUser.id();
        opportunities.saveAndFlush(o);
        return response(o);
    }

    @Transactional
    public OpportunityResponse updateStage(String id, StageRequest r) {
        Opportunity o = lock(id);
        if (!"active".equals(o.status)) {
            throw new ConflictException("商机已关闭 (" + o.status + ")，不能修改阶段");
        }
        moveStage(o, Params.oneOf("stage", r.stage(), STAGES));
        if (r.position() != null) {
            o.stagePosition = r.position();
        }
        o.updatedBy = CurrentUser.id();
        opportunities.saveAndFlush(o);
        return response(o);
    }

    /** Any open stage to any open stage; closed_won ⇔ won, closed_lost ⇔ lost (both stamp the close date). */
    private static void moveStage(Opportunity o, String stage) {
        if (stage.equals(o.stage)) {
            return;
        }
        o.stage = stage;
        if ("closed_won".equals(stage)) {
            o.status = "won";
            o.actualCloseDate = LocalDate.now();
        } else if ("closed_lost".equals(stage)) {
            o.status = "lost";
            o.actualCloseDate = LocalDate.now();
        }
    }

    private static void setStatus(Opportunity o, String status) {
        if (!"active".equals(o.status)) {
            throw new ConflictException("商机已关闭 (" + o.status + ")");
        }
        switch (status) {
            case "won" -> moveStage(o, "closed_won");
            case "lost" -> moveStage(o, "closed_lost");
            case "cancelled" -> {
                o.status = "cancelled";
                o.actualCloseDate = LocalDate.now();
            }
            default -> {
                // active → active: nothing to do
            }
        }
    }

    @Transactional
    public OpportunityResponse assign(String id, AssignRequest r) {
        Opportunity o = lock(id);
        if (!Scope.current().admin() && !r.ownerUserId().equals(CurrentUser.id())) {
            throw new ForbiddenException("只有管理员可以把商机分配给他人");
        }
        if (!"active".equals(o.status)) {
            throw new ConflictException("商机已关闭 (" + o.status + ")");
        }
        o.ownerUserId = r.ownerUserId();
        o.updatedBy = CurrentUser.id();
        opportunities.saveAndFlush(o);
        return response(o);
    }

    @Transactional
    public void delete(String id) {
        Opportunity o = lock(id);
        if (orderService.orderIdOfOpportunity(id).isPresent()) {
            throw new ConflictException("商机已转化为订单，不能删除");
        }
        opportunities.delete(o);
    }

    // ------------------------------------------------------------------------------------------------ to order

    /**
     * Converts into an order (one transaction): items from the body's {@code order_items} or from the products in
     * execution order, sales user = owner, the opportunity becomes won / closed_won, and its payment plan is handed
     * over to finance. Idempotent: a won opportunity that already produced an order returns that order.
     */
    public OrderResponse convert(String id, ConvertRequest r, String lang) {
        Opportunity snapshot = require(id);
        String existing = orderService.orderIdOfOpportunity(id).orElse(null);
        if (existing != null) {
            return orderService.get(existing, lang);
        }
        if (!"active".equals(snapshot.status)) {
            throw new ConflictException("商机已关闭 (" + snapshot.status + ")，不能转化为订单");
        }
        List<ItemRequest> items = items(snapshot, r);
        Map<String, ServiceManagement.Product> known = orderService.productsToSnapshot(items);
        String salesUser = snapshot.ownerUserId != null ? snapshot.ownerUserId : CurrentUser.id();
        String salesName = foundation.name(salesUser);
        String title = r != null && r.orderTitle() != null ? r.orderTitle()
                : r != null && r.title() != null ? r.title() : snapshot.name;
        CreateOrderRequest order = new CreateOrderRequest(title, snapshot.customerId, salesUser, null, null, null,
                null, items, snapshot.currencyCode, null, null, r == null ? null : r.expectedStartDate(),
                r == null ? null : r.expectedCompletionDate(), r == null ? null : r.customerNotes(),
                r == null ? null : r.internalNotes(), r == null ? null : r.requirements(), null, null);
        String orderId = orderService.withOrderNumber(number -> {
            Opportunity o = lock(id);
            String already = orderService.orderIdOfOpportunity(id).orElse(null);
            if (already != null) {
                return already;
            }
            if (!"active".equals(o.status)) {
                throw new ConflictException("商机已关闭 (" + o.status + ")，不能转化为订单");
            }
            Order created = orderService.insert(number, order, o.currencyCode, o.customerName, salesName,
                    o.organizationId, o.getId(), known, lang, CurrentUser.id());
            moveStage(o, "closed_won");
            o.updatedBy = CurrentUser.id();
            opportunities.saveAndFlush(o);
            events.planHandedOver(created, id, stages.findByOpportunityIdOrderByStageNumber(id));
            return created.getId();
        });
        return orderService.get(orderId, lang);
    }

    private List<ItemRequest> items(Opportunity o, ConvertRequest r) {
        List<ItemRequest> out = new ArrayList<>();
        if (r != null && r.orderItems() != null && !r.orderItems().isEmpty()) {
            for (OrderItemRequest i : r.orderItems()) {
                out.add(new ItemRequest(i.productId(), null, null, null, null, null, null, null, i.quantity(), null,
                        i.unitPrice(), null, null, null, null, null, null, null, null, null));
            }
            return out;
        }
        List<OpportunityProduct> list = products.findByOpportunityIdOrderByExecutionOrderAscCreatedAtAsc(o.getId());
        if (list.isEmpty()) {
            throw ValidationException.of("products", "商机没有关联产品，无法转化为订单");
        }
        for (OpportunityProduct p : list) {
            out.add(new ItemRequest(p.productId, p.productName, null, null, p.productCode, null, null, null,
                    p.quantity, null, p.unitPrice, null, null, p.notes, null, null, null, p.startDate,
                    p.expectedCompletionDate, null));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ follow-ups

    @Transactional(readOnly = true)
    public List<FollowUpResponse> followUps(String id) {
        require(id);
        List<OpportunityFollowUp> list = followUps.findByOpportunityIdOrderByCreatedAtDescIdDesc(id);
        Map<String, String> names = foundation.names(list.stream().map(f -> f.createdBy).toList());
        return list.stream().map(f -> new FollowUpResponse(f.getId(), f.opportunityId, f.followUpType, f.content,
                f.followUpDate, f.createdBy, names.get(f.createdBy), f.getCreatedAt())).toList();
    }

    @Transactional
    public FollowUpResponse addFollowUp(String id, FollowUpRequest r) {
        Params.oneOf("follow_up_type", r.followUpType(), List.of("call", "meeting", "email", "note"));
        lock(id);
        OpportunityFollowUp f = new OpportunityFollowUp();
        f.opportunityId = id;
        f.followUpType = r.followUpType();
        f.content = r.content();
        f.followUpDate = r.followUpDate();
        f.createdBy = CurrentUser.id();
        followUps.saveAndFlush(f);
        return new FollowUpResponse(f.getId(), id, f.followUpType, f.content, f.followUpDate, f.createdBy,
                foundation.name(f.createdBy), f.getCreatedAt());
    }

    @Transactional(readOnly = true)
    public List<NoteResponse> notes(String id) {
        require(id);
        List<OpportunityNote> list = notes.findByOpportunityIdOrderByCreatedAtDescIdDesc(id);
        Map<String, String> names = foundation.names(list.stream().map(n -> n.createdBy).toList());
        return list.stream().map(n -> new NoteResponse(n.getId(), n.opportunityId, n.noteType, n.content,
                n.isImportant, n.createdBy, names.get(n.createdBy), n.getCreatedAt())).toList();
    }

    @Transactional
    public NoteResponse addNote(String id, NoteRequest r) {
        Params.oneOf("note_type", r.noteType(), List.of("comment", "reminder", "task"));
        lock(id);
        OpportunityNote n = new OpportunityNote();
        n.opportunityId = id;
        n.noteType = r.noteType();
        n.content = r.content();
        n.isImportant = Boolean.TRUE.equals(r.isImportant());
        n.createdBy = CurrentUser.id();
        notes.saveAndFlush(n);
        return new NoteResponse(n.getId(), id, n.noteType, n.content, n.isImportant, n.createdBy,
                foundation.name(n.createdBy), n.getCreatedAt());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private String owner(String requested) {
        Scope s = Scope.current();
        String owner = requested == null || requested.isBlank() ? s.userId() : requested;
        if (!s.admin() && !owner.equals(s.userId())) {
            throw new ForbiddenException("只能创建自己负责的商机");
        }
        if (!owner.equals(s.userId()) && !foundation.exists(owner)) {
            throw ValidationException.of("owner_user_id", "user does not exist");
        }
        return owner;
    }

    private Map<String, ServiceManagement.Product> products(List<ProductRequest> list) {
        if (list == null || list.isEmpty()) {
            return Map.of();
        }
        return serviceManagement.products(list.stream().map(ProductRequest::productId).collect(Collectors.toSet()));
    }

    OpportunityResponse response(Opportunity o) {
        return responder(List.of(o)).apply(o);
    }

    private Function<Opportunity, OpportunityResponse> responder(Collection<Opportunity> list) {
        List<String> ids = list.stream().map(Opportunity::getId).toList();
        Map<String, List<ProductResponse>> prods = new HashMap<>();
        Map<String, List<PaymentStageResponse>> plans = new HashMap<>();
        if (!ids.isEmpty()) {
            products.findByOpportunityIdIn(ids).stream()
                    .sorted((a, b) -> Integer.compare(a.executionOrder, b.executionOrder))
                    .forEach(p -> prods.computeIfAbsent(p.opportunityId, k -> new ArrayList<>())
                            .add(ProductResponse.of(p)));
            stages.findByOpportunityIdIn(ids).stream()
                    .sorted((a, b) -> Integer.compare(a.stageNumber, b.stageNumber))
                    .forEach(s -> plans.computeIfAbsent(s.opportunityId, k -> new ArrayList<>())
                            .add(PaymentStageResponse.of(s)));
        }
        Map<String, String> owners = foundation.names(list.stream().map(o -> o.ownerUserId).toList());
        Map<String, String> leadNames = leadService.names(list.stream().map(o -> o.leadId)
                .filter(Objects::nonNull).distinct().toList());
        return o -> new OpportunityResponse(o.getId(), o.customerId, o.customerName, o.leadId,
                leadNames.get(o.leadId), o.name, o.amount, o.currencyCode, o.probability, o.stage, o.stagePosition,
                o.status, o.ownerUserId, owners.get(o.ownerUserId), o.organizationId, o.expectedCloseDate,
                o.actualCloseDate, o.description, prods.getOrDefault(o.getId(), List.of()),
                plans.getOrDefault(o.getId(), List.of()), o.version, o.createdBy, o.updatedBy, o.getCreatedAt(),
                o.getUpdatedAt());
    }
}
