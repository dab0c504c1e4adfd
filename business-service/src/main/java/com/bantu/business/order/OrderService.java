package com.bantu.business.order;

import com.bantu.business.notification.NotificationService;
import com.bantu.business.remote.Foundation;
import com.bantu.business.remote.Workflow;
import com.bantu.business.customer.CustomerReplica;
import com.bantu.business.remote.ServiceManagement;
import com.bantu.business.support.Lang;
import com.bantu.business.support.Money;
import com.bantu.business.support.Params;
import com.bantu.business.support.Scope;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ApiException;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.common.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders: create with items in one transaction, list and read within the caller's data scope, update, status
 * transitions, assignment and deletion. Remote look-ups (customer, sales user, products) happen before the
 * transaction starts. Totals are recomputed from the items, under a row lock on the order, in the same transaction
 * as every item or discount change, so concurrent changes cannot leave stale totals.
 */
@Service
public class OrderService {

    public static final String NOT_FOUND = "订单不存在";
    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    private static final int NUMBER_ATTEMPTS = 5;

    private final OrderRepository orders;
    private final OrderItemRepository items;
    private final OrderAssignmentRepository assignments;
    private final OrderStageRepository stages;
    private final OrderStageTemplateService stageTemplates;
    private final OrderCounts counts;
    private final PaymentFactsRepository payments;
    private final OrderNumbers numbers;
    private final OrderEvents events;
    private final OrderMetrics metrics;
    private final NotificationService notifications;
    private final ServiceManagement serviceManagement;
    private final CustomerReplica customers;
    private final Foundation foundation;
    private final Workflow workflow;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;

    public OrderService(OrderRepository orders, OrderItemRepository items, OrderAssignmentRepository assignments,
                        OrderStageRepository stages, OrderStageTemplateService stageTemplates, OrderCounts counts,
                        PaymentFactsRepository payments, OrderNumbers numbers, OrderEvents events, OrderMetrics metrics,
                        NotificationService notifications, ServiceManagement serviceManagement, CustomerReplica customers,
                        Foundation foundation, Workflow workflow, ApplicationEventPublisher publisher,
                        PlatformTransactionManager txManager) {
        this.workflow = workflow;
        this.orders = orders;
        this.items = items;
        this.assignments = assignments;
        this.stages = stages;
        this.stageTemplates = stageTemplates;
        this.counts = counts;
        this.payments = payments;
        this.numbers = numbers;
        this.events = events;
        this.metrics = metrics;
        this.notifications = notifications;
        this.serviceManagement = serviceManagement;
        this.customers = customers;
        this.foundation = foundation;
        this.publisher = publisher;
        this.tx = new TransactionTemplate(txManager);
    }

    public record Filter(String orderNumber, String title, String customerId, String customerName, String salesUserId,
                         String statusCode, String serviceRecordId, String createdAtFrom, String createdAtTo) {
    }

    // ------------------------------------------------------------------------------------------------ reads

    @Transactional(readOnly = true)
    public OrdersPage list(Filter f, PageQuery page, String lang) {
        Specification<Order> spec = Specification.allOf(OrderScope.readable(Scope.current()),
                Specs.contains("orderNumber", f.orderNumber()), Specs.contains("title", f.title()),
                Specs.eq("customerId", f.customerId()), Specs.contains("customerName", f.customerName()),
                Specs.eq("salesUserId", f.salesUserId()), status(f.statusCode()),
                Specs.eq("serviceRecordId", f.serviceRecordId()),
                createdBetween(Params.dateTime("created_at_from", f.createdAtFrom(), false),
                        Params.dateTime("created_at_to", f.createdAtTo(), true)));
        List<OrderResponse> out = counts.page(spec, (long) (page.page() - 1) * page.size(), page.size()).stream()
                .map(o -> OrderResponse.of(o, null, OrderStatus.name(o.statusCode, lang))).toList();
        long total = counts.total(List.of(Scope.current(), f), () -> orders.count(spec));
        return new OrdersPage(out, total, page.page(), page.size());
    }

    @Transactional(readOnly = true)
    public OrderResponse get(String id, String lang) {
        return response(requireReadable(id), lang);
    }

    /** The order if the caller may read it; 404 otherwise (also for orders outside the caller's scope). */
    @Transactional(readOnly = true)
    public Order requireReadable(String id) {
        return orders.findOne(Specification.allOf(Specs.eq("id", id), OrderScope.readable(Scope.current())))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /**
     * The order row, locked for the rest of the transaction, if the caller may change it; 404 otherwise. The lock is
     * the transaction's first read, so every later read in it (item numbers, totals) sees the latest committed rows.
     */
    @Transactional
    public Order lockWritable(String id) {
        Order o = orders.lockById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!OrderScope.canWrite(Scope.current(), o)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return o;
    }

    @Transactional(readOnly = true)
    public Order requireWritable(String id) {
        return orders.findOne(Specification.allOf(Specs.eq("id", id), OrderScope.writable(Scope.current())))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    // ------------------------------------------------------------------------------------------------ create

    public OrderResponse create(CreateOrderRequest r, String lang) {
        Scope s = Scope.current();
        if (!s.admin() && !r.salesUserId().equals(s.userId())) {
            throw new ForbiddenException("只能为自己创建订单 (sales_user_id must be your own id)");
        }
        String currency = Objects.requireNonNullElse(Money.currency("currency_code", r.currencyCode()), "CNY");
        checkItemCurrencies(r.orderItems(), currency);
        ServiceManagement.Customer customer = customers.find(r.customerId())
                .orElseThrow(() -> ValidationException.of("customer_id", "customer does not exist"));
        String salesName;
        if (r.salesUserId().equals(s.userId())) {
            salesName = Objects.requireNonNullElse(foundation.name(s.userId()), CurrentUser.get().username());
        } else {
            if (!foundation.exists(r.salesUserId())) {
                throw ValidationException.of("sales_user_id", "user does not exist");
            }
            salesName = foundation.name(r.salesUserId());
        }
        Map<String, ServiceManagement.Product> products = productsToSnapshot(r.orderItems());
        String org = r.salesUserId().equals(s.userId()) ? s.organizationId() : null;
        List<OrderItem> lines = new ArrayList<>();
        Order created = withOrderNumber(number -> {
            lines.clear();
            return insert(number, r, currency, customer.name(), salesName, org, null, products, lang, s.userId(),
                    lines);
        });
        // the answer is what was just written (no second read: the rows are exactly these objects)
        return OrderResponse.of(created, lines.stream().map(i -> ItemResponse.of(i, lang)).toList(),
                OrderStatus.name(created.statusCode, lang));
    }

    /**
     * Runs {@code work} (which inserts an order with the given number) in its own transaction; when the insert
     * collides with an existing order number, draws a new number and runs it again.
     */
    public <T> T withOrderNumber(Function<String, T> work) {
        for (int attempt = 1; ; attempt++) {
            String number = numbers.next();
            try {
                return tx.execute(st -> work.apply(number));
            } catch (DataIntegrityViolationException e) {
                if (attempt >= NUMBER_ATTEMPTS || !orders.existsByOrderNumber(number)) {
                    throw e;
                }
                log.debug("[OrderService] order number {} taken, drawing another", number);
            }
        }
    }

    /** Inserts the order and its items in the caller's transaction; the order number must be free. */
    public Order insert(String number, CreateOrderRequest r, String currency, String customerName, String salesName,
                 String organizationId, String opportunityId, Map<String, ServiceManagement.Product> products,
                 String lang, String userId) {
        return insert(number, r, currency, customerName, salesName, organizationId, opportunityId, products, lang,
                userId, new ArrayList<>());
    }

    /**
     * Inserts the order and its items (added to {@code lines}) in the caller's transaction. The totals are computed
     * from these items before anything is written (they are all the order has), so the order row is inserted once
     * with its final amounts, and the rows go to the database in one flush (JDBC batches) at the end, where an order
     * number that is already taken surfaces as a {@link DataIntegrityViolationException}.
     */
    Order insert(String number, CreateOrderRequest r, String currency, String customerName, String salesName,
                 String organizationId, String opportunityId, Map<String, ServiceManagement.Product> products,
                 String lang, String userId, List<OrderItem> lines) {
        Order o = new Order();
        o.orderNumber = number;
        o.title = r.title().trim();
        o.customerId = r.customerId();
        o.customerName = customerName;
        o.serviceRecordId = blankToNull(r.serviceRecordId());
        o.opportunityId = opportunityId;
        o.salesUserId = r.salesUserId();
        o.salesUsername = salesName;
        o.organizationId = organizationId;
        o.entryCity = r.entryCity();
        o.passportId = r.passportId();
        o.processor = r.processor();
        o.currencyCode = currency;
        o.discountAmount = Money.orZero(r.discountAmount());
        o.exchangeRate = Money.rate(r.exchangeRate());
        o.expectedStartDate = r.expectedStartDate();
        o.expectedCompletionDate = r.expectedCompletionDate();
        o.customerNotes = r.customerNotes();
        o.internalNotes = r.internalNotes() != null ? r.internalNotes() : r.notes();
        o.requirements = r.requirements() != null ? r.requirements() : r.description();
        o.statusCode = OrderStatus.SUBMITTED;
        o.createdBy = userId;
        o.updatedBy = userId;
        int n = 0;
        BigDecimal total = Money.ZERO;
        for (ItemRequest ir : r.orderItems()) {
            OrderItem i = new OrderItem();
            i.itemNumber = ++n;
            i.currencyCode = currency;
            i.createdBy = userId;
            applyItem(ir, i, products, lang, "order_items[" + (n - 1) + "].");
            i.status = "pending";
            total = total.add(Money.orZero(i.itemAmount));
            lines.add(i);
        }
        setTotals(o, Money.of(total));
        orders.save(o);
        for (OrderItem i : lines) {
            i.orderId = o.getId();
            items.save(i);
        }
        items.flush();
        events.submitted(o);
        metrics.created();
        return o;
    }

    // ------------------------------------------------------------------------------------------------ update

    public OrderResponse update(String id, UpdateOrderRequest r, String lang) {
        Order current = requireWritable(id);
        boolean approvalButton = approvalButton(current, r);
        String customerName = null;
        if (r.customerId() != null && !r.customerId().equals(current.customerId)) {
            customerName = customers.find(r.customerId())
                    .orElseThrow(() -> ValidationException.of("customer_id", "customer does not exist")).name();
        }
        String newCustomerName = customerName;
        return tx.execute(st -> {
            Order o = lockWritable(id);
            if (r.version() != null && !r.version().equals(o.version)) {
                throw new ConflictException("订单已被他人修改 (version " + o.version + "); reload and retry");
            }
            String uid = CurrentUser.id();
            boolean fieldChange = hasFieldChange(r);
            if (OrderStatus.isFinal(o.statusCode) && fieldChange) {
                throw new ConflictException("订单已完成或已取消，不能修改");
            }
            if (newCustomerName != null) {
                requireSubmitted(o, "customer_id");
                o.customerId = r.customerId();
                o.customerName = newCustomerName;
            }
            applyFields(r, o);
            String currency = Money.currency("currency_code", r.currencyCode());
            if (currency != null && !currency.equals(o.currencyCode)) {
                if (items.countByOrderId(o.getId()) > 0) {
                    throw ValidationException.of("currency_code",
                            "the order has items in " + o.currencyCode + "; its currency cannot change");
                }
                o.currencyCode = currency;
            }
            if (r.discountAmount() != null && Money.of(r.discountAmount()).compareTo(o.discountAmount) != 0) {
                requireSubmitted(o, "discount_amount");
                o.discountAmount = Money.of(r.discountAmount());
                recompute(o);
            }
            if (!approvalButton && r.statusCode() != null && !r.statusCode().isBlank()
                    && !OrderStatus.normalize(r.statusCode()).equals(OrderStatus.normalize(o.statusCode))) {
                transition(o, OrderStatus.normalize(Params.oneOf("status_code", r.statusCode().trim(),
                        OrderStatus.ALL)));
            }
            o.updatedBy = uid;
            orders.saveAndFlush(o);
            return response(o, lang);
        });
    }

    /**
     * The SPA's status buttons on a submitted order (approve, or cancel by an ADMIN) belong to the approval process:
     * they complete the open approval task in workflow-service on the caller's behalf (before and outside this
     * service's transaction) instead of writing the status. The order moves when the approval result arrives as an
     * event. Returns whether the request's status was handed to workflow-service.
     */
    private boolean approvalButton(Order current, UpdateOrderRequest r) {
        if (r.statusCode() == null || r.statusCode().isBlank()
                || !OrderStatus.SUBMITTED.equals(OrderStatus.normalize(current.statusCode))) {
            return false;
        }
        String to = OrderStatus.normalize(r.statusCode().trim());
        Scope s = Scope.current();
        boolean approve = OrderStatus.APPROVED.equals(to);
        boolean adminCancel = OrderStatus.CANCELLED.equals(to) && s.admin();
        if (!approve && !adminCancel) {
            return false;
        }
        if (!s.admin()) {
            throw new ForbiddenException("只有管理员可以审批订单");
        }
        if (adminCancel) {
            requireNoConfirmedPayment(current, "订单已有确认的付款，不能取消");
        }
        workflow.signalOrderApproval(current.getId(), approve ? "approved" : "rejected", s.userId(),
                CurrentUser.get().roles(), null);
        return true;
    }

    private void transition(Order o, String to) {
        String from = OrderStatus.normalize(o.statusCode);
        if (!OrderStatus.allowed(from, to)) {
            throw new ConflictException("订单状态不能从 " + from + " 变为 " + to);
        }
        Scope s = Scope.current();
        String uid = s.userId();
        boolean assignee = uid.equals(o.assignedToUserId);
        switch (to) {
            case OrderStatus.APPROVED -> {
                if (!s.admin()) {
                    throw new ForbiddenException("只有管理员可以审批订单");
                }
                // only a submitted order can be approved, and only by the approval process (see approvalButton)
                throw new ConflictException("订单状态不能从 " + from + " 变为 " + to);
            }
            case OrderStatus.ASSIGNED ->
                    throw new ConflictException("请使用分配操作 (POST /orders/{id}/assign) 分配订单");
            case OrderStatus.PROCESSING -> {
                if (!s.admin() && !assignee) {
                    throw new ForbiddenException("只有被分配人或管理员可以开始处理订单");
                }
                o.actualStartDate = LocalDate.now();
            }
            case OrderStatus.COMPLETED -> {
                if (!s.admin() && !assignee) {
                    throw new ForbiddenException("只有被分配人或管理员可以完成订单");
                }
                o.actualCompletionDate = LocalDate.now();
            }
            case OrderStatus.CANCELLED -> {
                boolean owner = uid.equals(o.salesUserId) || uid.equals(o.createdBy);
                boolean may = s.admin()
                        || (OrderStatus.SUBMITTED.equals(from) && owner)
                        || ((OrderStatus.ASSIGNED.equals(from) || OrderStatus.PROCESSING.equals(from)) && assignee);
                if (!may) {
                    throw new ForbiddenException("无权取消该订单");
                }
                requireNoConfirmedPayment(o, "订单已有确认的付款，不能取消");
            }
            default -> throw new ConflictException("订单状态不能从 " + from + " 变为 " + to);
        }
        o.statusCode = to;
        if (OrderStatus.COMPLETED.equals(to)) {
            events.completed(o);
        } else if (OrderStatus.CANCELLED.equals(to)) {
            events.cancelled(o, from, uid);
        }
    }

    // ------------------------------------------------------------------------------------------------ delete

    @Transactional
    public void delete(String id) {
        Order o = lockWritable(id);
        String status = OrderStatus.normalize(o.statusCode);
        if (!OrderStatus.SUBMITTED.equals(status) && !OrderStatus.CANCELLED.equals(status)) {
            throw new ConflictException("只有已提交或已取消的订单可以删除");
        }
        requireNoConfirmedPayment(o, "订单已有确认的付款，不能删除");
        orders.delete(o);
        orders.flush();
        publisher.publishEvent(new OrderDeleted(id));
    }

    // ------------------------------------------------------------------------------------------------ assign

    public OrderResponse assign(String id, AssignRequest r, String lang) {
        if (!foundation.exists(r.assignedToUserId())) {
            throw ValidationException.of("assigned_to_user_id", "user does not exist");
        }
        return tx.execute(st -> {
            Order o = lockWritable(id);
            String status = OrderStatus.normalize(o.statusCode);
            if (!Set.of(OrderStatus.APPROVED, OrderStatus.ASSIGNED, OrderStatus.PROCESSING).contains(status)) {
                throw new ConflictException("只有已审批的订单可以分配 (status " + status + ")");
            }
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            for (OrderAssignment a : assignments.findByOrderIdOrderByIsPrimaryDescAssignedAtDesc(id)) {
                if (a.isPrimary && a.unassignedAt == null) {
                    a.isPrimary = false;
                    a.unassignedAt = now;
                }
            }
            OrderAssignment a = new OrderAssignment();
            a.orderId = id;
            a.assignedToUserId = r.assignedToUserId();
            a.assignedByUserId = CurrentUser.id();
            a.assignmentType = r.assignmentType() == null || r.assignmentType().isBlank() ? "operation"
                    : r.assignmentType().trim();
            a.assignedAt = now;
            a.notes = r.notes();
            assignments.save(a);
            o.assignedToUserId = r.assignedToUserId();
            stagesFromTemplate(id, r.assignedToUserId(), r.stageTemplate());
            if (OrderStatus.APPROVED.equals(status)) {
                o.statusCode = OrderStatus.ASSIGNED;
            }
            o.updatedBy = CurrentUser.id();
            orders.saveAndFlush(o);
            notifications.notify(r.assignedToUserId(), "order_assigned", "新的订单分配",
                    "订单 " + o.orderNumber + " 已分配给您", "order", o.getId());
            return response(o, lang);
        });
    }

    /**
     * Ends an assignment ({@code DELETE /orders/{id}/assignments/{aid}}, ADMIN): {@code unassigned_at} is stamped and
     * the row stops being primary. Ending the current primary assignment clears the order's assignee and puts an
     * {@code assigned} order back to {@code approved} (it can be assigned again); an order in {@code processing} must
     * be re-assigned instead (409), and a completed or cancelled order keeps its history (409). Ending an assignment
     * that has already ended answers it unchanged.
     */
    @Transactional
    public AssignmentResponse unassign(String id, String assignmentId) {
        Order o = lockWritable(id);
        OrderAssignment a = assignments.findById(assignmentId).filter(x -> id.equals(x.orderId))
                .orElseThrow(() -> new NotFoundException("分配记录不存在"));
        if (a.unassignedAt != null) {
            return AssignmentResponse.of(a);
        }
        String status = OrderStatus.normalize(o.statusCode);
        if (OrderStatus.isFinal(status)) {
            throw new ConflictException("订单已完成或已取消，分配记录不能再修改");
        }
        boolean current = a.isPrimary && a.assignedToUserId.equals(o.assignedToUserId);
        if (current && OrderStatus.PROCESSING.equals(status)) {
            throw new ConflictException("处理中的订单不能取消分配，请重新分配 (POST /orders/{id}/assign)");
        }
        a.unassignedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        a.isPrimary = false;
        assignments.saveAndFlush(a);
        if (current) {
            o.assignedToUserId = null;
            if (OrderStatus.ASSIGNED.equals(status)) {
                o.statusCode = OrderStatus.APPROVED;
            }
            o.updatedBy = CurrentUser.id();
            orders.saveAndFlush(o);
        }
        return AssignmentResponse.of(a);
    }

    /**
     * {@code GET /orders/{id}/workflow}: the order's approval as workflow-service has it (the latest instance of
     * {@code order_approval} with its tasks and transitions), for an order the caller may read (404 otherwise).
     * {@code instance} is null when workflow-service has no approval for the order (imported orders, or the
     * {@code order.submitted} event not delivered yet); workflow-service unreachable is a 503 naming it.
     */
    public Map<String, Object> workflowView(String id, String lang) {
        Order o = requireReadable(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("order_id", o.getId());
        out.put("order_number", o.orderNumber);
        out.put("status_code", o.statusCode);
        out.put("instance", workflow.orderApproval(o.getId(), lang).orElse(null));
        return out;
    }

    @Transactional(readOnly = true)
    public List<AssignmentResponse> assignments(String id) {
        requireReadable(id);
        return assignments.findByOrderIdOrderByIsPrimaryDescAssignedAtDesc(id).stream()
                .map(AssignmentResponse::of).toList();
    }

    // ------------------------------------------------------------------------------------------------ approval

    /**
     * The approval process's outcome (workflow-service, through {@code /internal}). Idempotent and order-tolerant: a
     * repeated outcome, or one for an order that has already moved on, changes nothing; an outcome that contradicts
     * the order's state (approving a cancelled order, rejecting an approved one) is a 409.
     */
    @Transactional
    public OrderResponse approval(String id, String outcome, String actorId, String comment) {
        Order o = orders.lockById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        String conflict = applyApproval(o, Params.oneOf("outcome", outcome, List.of("approved", "rejected")),
                actorId, comment);
        if (conflict != null) {
            throw new ConflictException(conflict);
        }
        return response(o, null);
    }

    /**
     * The same outcome arriving as an event: never throws for an order that is gone or has moved on (the event is
     * acknowledged without effect instead of being retried forever). Returns whether the order changed.
     */
    @Transactional
    public boolean approvalEvent(String id, String outcome, String actorId, String comment) {
        Order o = orders.lockById(id).orElse(null);
        if (o == null) {
            log.info("[OrderService] approval {} for unknown order {} ignored", outcome, id);
            return false;
        }
        String before = o.statusCode;
        String conflict = applyApproval(o, outcome, actorId, comment);
        if (conflict != null) {
            log.info("[OrderService] approval {} for order {} ignored: {}", outcome, id, conflict);
        }
        return !before.equals(o.statusCode);
    }

    /** Applies the outcome; returns a conflict message instead of throwing (nothing changed then). */
    private String applyApproval(Order o, String outcome, String actorId, String comment) {
        String status = OrderStatus.normalize(o.statusCode);
        if ("approved".equals(outcome)) {
            if (OrderStatus.CANCELLED.equals(status)) {
                return "订单已取消，不能批准";
            }
            if (!OrderStatus.SUBMITTED.equals(status)) {
                return null;
            }
            o.statusCode = OrderStatus.APPROVED;
        } else {
            if (OrderStatus.CANCELLED.equals(status)) {
                return null;
            }
            if (!OrderStatus.SUBMITTED.equals(status)) {
                return "订单已批准，不能驳回";
            }
            o.statusCode = OrderStatus.CANCELLED;
            if (comment != null && !comment.isBlank()) {
                o.internalNotes = (o.internalNotes == null ? "" : o.internalNotes + "\n") + "审批驳回: " + comment;
            }
            events.cancelled(o, status, actorId);
        }
        o.updatedBy = actorId;
        orders.saveAndFlush(o);
        return null;
    }

    /** finance-service confirmed a payment of the order: from now on it cannot be deleted or cancelled. */
    @Transactional
    public void paymentConfirmed(String orderId, BigDecimal amount) {
        PaymentFacts facts = payments.findById(orderId).orElseGet(() -> new PaymentFacts(orderId));
        facts.confirmed(amount);
        payments.saveAndFlush(facts);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * Recomputes {@code total_amount} (sum of the non-cancelled items) and {@code final_amount} (total − order
     * discount) in the caller's transaction; a negative final amount is a 400 on {@code discount_amount}.
     */
    void recompute(Order o) {
        items.flush();
        setTotals(o, Money.of(items.activeTotal(o.getId())));
    }

    /** {@code total_amount} = {@code total}, {@code final_amount} = total − order discount (400 when negative). */
    private static void setTotals(Order o, BigDecimal total) {
        BigDecimal finalAmount = Money.of(total.subtract(Money.orZero(o.discountAmount)));
        if (finalAmount.signum() < 0) {
            throw ValidationException.of("discount_amount",
                    "the order discount (" + o.discountAmount + ") exceeds the total (" + total + ")");
        }
        o.totalAmount = total;
        o.finalAmount = finalAmount;
    }

    void requireSubmitted(Order o, String field) {
        if (!OrderStatus.SUBMITTED.equals(OrderStatus.normalize(o.statusCode))) {
            throw new ConflictException("订单已进入审批后的状态，" + field + " 不能再修改");
        }
    }

    void requireNoConfirmedPayment(Order o, String message) {
        payments.findById(o.getId()).filter(p -> p.confirmedCount > 0).ifPresent(p -> {
            throw new ConflictException(message);
        });
    }

    /** Copies an item request onto the item (non-null fields), with money rules; {@code field} prefixes errors. */
    static void applyItem(ItemRequest r, OrderItem i, Map<String, ServiceManagement.Product> products, String lang,
                          String field) {
        if (r.productId() != null) {
            i.productId = blankToNull(r.productId());
            ServiceManagement.Product p = i.productId == null ? null : products.get(i.productId);
            if (p != null) {
                i.productCode = p.code();
                if (i.unit == null) {
                    i.unit = p.unit();
                }
                if (r.productNameZh() == null && r.productNameId() == null && r.productName() == null) {
                    i.productNameZh = p.name();
                }
            }
        }
        if (r.productName() != null) {
            if (Lang.indonesian(lang)) {
                i.productNameId = r.productName();
            } else {
                i.productNameZh = r.productName();
            }
        }
        if (r.productNameZh() != null) {
            i.productNameZh = r.productNameZh();
        }
        if (r.productNameId() != null) {
            i.productNameId = r.productNameId();
        }
        if (r.productCode() != null) {
            i.productCode = r.productCode();
        }
        if (r.serviceTypeId() != null) {
            i.serviceTypeId = blankToNull(r.serviceTypeId());
        }
        if (r.serviceTypeNameZh() != null) {
            i.serviceTypeNameZh = r.serviceTypeNameZh();
        }
        if (r.serviceTypeNameId() != null) {
            i.serviceTypeNameId = r.serviceTypeNameId();
        }
        if (r.quantity() != null) {
            i.quantity = r.quantity();
        }
        if (r.unit() != null) {
            i.unit = r.unit();
        }
        if (r.unitPrice() != null) {
            i.unitPrice = Money.of(r.unitPrice());
        }
        if (r.discountAmount() != null) {
            i.discountAmount = Money.of(r.discountAmount());
        }
        if (i.discountAmount == null) {
            i.discountAmount = Money.ZERO;
        }
        if (r.description() != null) {
            if (Lang.indonesian(lang)) {
                i.descriptionId = r.description();
            } else {
                i.descriptionZh = r.description();
            }
        }
        if (r.descriptionZh() != null) {
            i.descriptionZh = r.descriptionZh();
        }
        if (r.descriptionId() != null) {
            i.descriptionId = r.descriptionId();
        }
        if (r.requirements() != null) {
            i.requirements = r.requirements();
        }
        if (r.expectedStartDate() != null) {
            i.expectedStartDate = r.expectedStartDate();
        }
        if (r.expectedCompletionDate() != null) {
            i.expectedCompletionDate = r.expectedCompletionDate();
        }
        if (i.unitPrice != null) {
            BigDecimal gross = Money.of(i.unitPrice.multiply(BigDecimal.valueOf(i.quantity)));
            if (i.discountAmount.compareTo(gross) > 0) {
                throw ValidationException.of(field + "discount_amount",
                        "the item discount exceeds quantity × unit_price (" + gross + ")");
            }
        } else if (i.discountAmount.signum() > 0) {
            throw ValidationException.of(field + "discount_amount", "an item without unit_price has no discount");
        }
        i.itemAmount = Money.lineAmount(i.quantity, i.unitPrice, i.discountAmount);
    }

    static void checkItemCurrencies(List<ItemRequest> list, String currency) {
        for (int n = 0; n < list.size(); n++) {
            String c = Money.currency("order_items[" + n + "].currency_code", list.get(n).currencyCode());
            if (c != null && !c.equals(currency)) {
                throw ValidationException.of("order_items[" + n + "].currency_code",
                        "must be the order currency " + currency);
            }
        }
    }

    /** Names and codes of the products named by items that bring no name of their own (one remote call). */
    public Map<String, ServiceManagement.Product> productsToSnapshot(List<ItemRequest> list) {
        Set<String> ids = new HashSet<>();
        for (ItemRequest r : list) {
            if (r.productId() != null && !r.productId().isBlank() && r.productName() == null
                    && r.productNameZh() == null && r.productNameId() == null) {
                ids.add(r.productId());
            }
        }
        return ids.isEmpty() ? Map.of() : serviceManagement.products(ids);
    }

    OrderResponse response(Order o, String lang) {
        List<ItemResponse> list = new ArrayList<>();
        items.findByOrderIdOrderByItemNumber(o.getId()).forEach(i -> list.add(ItemResponse.of(i, lang)));
        return OrderResponse.of(o, list, OrderStatus.name(o.statusCode, lang));
    }

    private static boolean hasFieldChange(UpdateOrderRequest r) {
        return r.title() != null || r.customerId() != null || r.serviceRecordId() != null || r.entryCity() != null
                || r.passportId() != null || r.processor() != null || r.currencyCode() != null
                || r.discountAmount() != null || r.exchangeRate() != null || r.expectedStartDate() != null
                || r.expectedCompletionDate() != null || r.customerNotes() != null || r.internalNotes() != null
                || r.requirements() != null || r.description() != null || r.notes() != null;
    }

    private static void applyFields(UpdateOrderRequest r, Order o) {
        if (r.title() != null) {
            o.title = r.title().trim();
        }
        if (r.serviceRecordId() != null) {
            o.serviceRecordId = blankToNull(r.serviceRecordId());
        }
        if (r.entryCity() != null) {
            o.entryCity = r.entryCity();
        }
        if (r.passportId() != null) {
            o.passportId = r.passportId();
        }
        if (r.processor() != null) {
            o.processor = r.processor();
        }
        if (r.exchangeRate() != null) {
            o.exchangeRate = Money.rate(r.exchangeRate());
        }
        if (r.expectedStartDate() != null) {
            o.expectedStartDate = r.expectedStartDate();
        }
        if (r.expectedCompletionDate() != null) {
            o.expectedCompletionDate = r.expectedCompletionDate();
        }
        if (r.customerNotes() != null) {
            o.customerNotes = r.customerNotes();
        }
        if (r.internalNotes() != null) {
            o.internalNotes = r.internalNotes();
        } else if (r.notes() != null) {
            o.internalNotes = r.notes();
        }
        if (r.requirements() != null) {
            o.requirements = r.requirements();
        } else if (r.description() != null) {
            o.requirements = r.description();
        }
    }

    private static Specification<Order> status(String codes) {
        if (codes == null || codes.isBlank()) {
            return Specs.all();
        }
        List<String> wanted = new ArrayList<>();
        for (String c : codes.split(",")) {
            String code = Params.oneOf("status_code", c.trim(), OrderStatus.ALL);
            if (code != null) {
                wanted.add(code);
                if (OrderStatus.PROCESSING.equals(code)) {
                    wanted.add("in_progress");
                }
            }
        }
        return (root, q, cb) -> root.get("statusCode").in(wanted);
    }

    private static Specification<Order> createdBetween(LocalDateTime from, LocalDateTime to) {
        return (root, q, cb) -> {
            if (from == null && to == null) {
                return null;
            }
            if (from == null) {
                return cb.lessThanOrEqualTo(root.get("createdAt"), to);
            }
            if (to == null) {
                return cb.greaterThanOrEqualTo(root.get("createdAt"), from);
            }
            return cb.between(root.get("createdAt"), from, to);
        };
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The order statuses as the reference list shows them: {@code [{code, name}]} in {@code lang}. */
    public List<Map<String, Object>> statuses(String lang) {
        return List.of(OrderStatus.SUBMITTED, OrderStatus.APPROVED, OrderStatus.ASSIGNED, OrderStatus.PROCESSING,
                OrderStatus.COMPLETED, OrderStatus.CANCELLED).stream()
                .map(c -> Map.<String, Object>of("code", c, "name", OrderStatus.name(c, lang))).toList();
    }

    /** The id of the order an opportunity was converted into, if any. */
    public Optional<String> orderIdOfOpportunity(String opportunityId) {
        return orders.findByOpportunityId(opportunityId).map(Order::getId);
    }

    /**
     * An assigned order without stages gets the active stages of its template ({@link OrderStageTemplateService}:
     * the one the assignment names, else its service type's, else {@code default}), pending and assigned to the
     * assignee (in the assignment's transaction, under the order's row lock).
     */
    private void stagesFromTemplate(String orderId, String assignee, String chosenTemplate) {
        if (stages.existsByOrderId(orderId)) {
            return;
        }
        for (OrderStageTemplate t : stageTemplates.stagesFor(orderId, chosenTemplate)) {
            OrderStage st = new OrderStage();
            st.orderId = orderId;
            st.stageName = t.stageName;
            st.stageCode = t.stageCode;
            st.stageOrder = t.stageOrder;
            st.assignedToUserId = assignee;
            st.createdBy = CurrentUser.id();
            st.updatedBy = CurrentUser.id();
            stages.save(st);
        }
    }
}
