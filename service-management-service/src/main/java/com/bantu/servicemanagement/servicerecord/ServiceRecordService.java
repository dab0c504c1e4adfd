package com.bantu.servicemanagement.servicerecord;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.common.scope.Owned;
import com.bantu.common.security.CurrentUser;
import com.bantu.servicemanagement.contact.Contact;
import com.bantu.servicemanagement.contact.ContactService;
import com.bantu.servicemanagement.customer.Customer;
import com.bantu.servicemanagement.customer.CustomerService;
import com.bantu.servicemanagement.followup.FollowUpRequest;
import com.bantu.servicemanagement.followup.FollowUpResponse;
import com.bantu.servicemanagement.followup.FollowUpService;
import com.bantu.servicemanagement.names.FoundationNames;
import com.bantu.servicemanagement.product.Product;
import com.bantu.servicemanagement.product.ProductService;
import com.bantu.servicemanagement.servicetype.ServiceTypeService;
import com.bantu.servicemanagement.support.Ownership;
import com.bantu.servicemanagement.support.Tx;
import com.bantu.servicemanagement.support.Versions;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ServiceRecordService {

    public static final String NOT_FOUND = "服务记录不存在";
    /**
     * The service records a caller's data scope covers: those they sell or created, those of a covered organization,
     * and every record of a customer the caller sees. Follow-ups of a record follow the record.
     */
    static final Owned<ServiceRecord> SCOPE = Owned.<ServiceRecord>by("salesUserId", "createdBy")
            .organization("organizationId").orParent("customerId", Customer.class, CustomerService.SCOPE);
    static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");
    private static final Map<String, String> SORTS = Map.of("created_at", "createdAt", "updated_at", "updatedAt",
            "deadline", "deadline", "priority", "priority", "status", "status",
            "expected_completion_date", "expectedCompletionDate", "final_price", "finalPrice");

    private final ServiceRecordRepository records;
    private final CustomerService customers;
    private final ContactService contacts;
    private final ProductService products;
    private final ServiceTypeService serviceTypes;
    private final FollowUpService followUps;
    private final FoundationNames names;
    private final Tx tx;

    public ServiceRecordService(ServiceRecordRepository records, CustomerService customers, ContactService contacts,
                                ProductService products, ServiceTypeService serviceTypes, FollowUpService followUps,
                                FoundationNames names, Tx tx) {
        this.tx = tx;
        this.records = records;
        this.customers = customers;
        this.contacts = contacts;
        this.products = products;
        this.serviceTypes = serviceTypes;
        this.followUps = followUps;
        this.names = names;
    }

    public record Filter(String customerId, String status, String priority, String salesUserId, String serviceTypeId,
                         String productId, boolean includeDeleted) {
    }

    /** Rows read in a read-only transaction; sales users' names from foundation resolved after it. */
    public ItemsPage<ServiceRecordResponse> list(Filter f, PageQuery page, String sortBy, String sortOrder) {
        QueryParams checks = new QueryParams();
        String status = checks.oneOf("status", f.status(), StatusTransitions.STATUSES);
        String priority = checks.oneOf("priority", f.priority(), PRIORITIES);
        checks.throwIfInvalid();
        Sort sort = QueryParams.sort(sortBy, sortOrder, SORTS, Sort.by(Sort.Direction.DESC, "createdAt"));
        Specification<ServiceRecord> spec = Specification.allOf(SCOPE.current(), Specs.eq("customerId", f.customerId()),
                Specs.eq("status", status), Specs.eq("priority", priority),
                Specs.eq("salesUserId", f.salesUserId()), Specs.eq("serviceTypeId", f.serviceTypeId()),
                Specs.eq("productId", f.productId()),
                f.includeDeleted() ? Specs.all() : (root, q, cb) -> cb.isNull(root.get("deletedAt")));
        Page<ServiceRecord> result = tx.read(() -> records.findAll(spec, page.toPageable(sort)));
        Map<String, String> users = names.users(result.getContent().stream().map(r -> r.salesUserId).toList());
        return ItemsPage.of(result, page, r -> ServiceRecordMapper.toResponse(r, salesName(r, users)));
    }

    public ItemsPage<ServiceRecordResponse> byCustomer(String customerId, String status, PageQuery page) {
        customers.require(customerId);
        return list(new Filter(customerId, status, null, null, null, null, false), page, null, null);
    }

    public ServiceRecordResponse get(String id) {
        return response(tx.read(() -> records.getOrThrow(id, SCOPE.current(), NOT_FOUND)));
    }

    /** Writes commit first; the answer (with the sales user's name from foundation) is built after the commit. */
    public ServiceRecordResponse create(CreateServiceRecordRequest body) {
        return response(tx.write(() -> insert(body.asUpdate())));
    }

    private ServiceRecord insert(UpdateServiceRecordRequest r) {
        ServiceRecord s = new ServiceRecord();
        Customer customer = customers.requireActive(r.customerId(), "customer_id");
        Ownership.checkOwner("sales_user_id", null, r.salesUserId());
        Ownership.checkLock(false, r.isLocked());
        ServiceRecordMapper.apply(r, s);
        s.customerName = customer.getName();
        snapshot(r, s);
        s.createdBy = CurrentUser.id();
        s.updatedBy = s.createdBy;
        s.organizationId = CurrentUser.get().organizationId();
        if (r.status() != null && !"pending".equals(r.status())) {
            enter(s, r.status());
        }
        return records.saveAndFlush(s);
    }

    /**
     * Partial update. A status change must follow the allowed transitions (409 otherwise); entering in_progress sets
     * {@code actual_start_date} and completed sets {@code actual_completion_date} when they are empty.
     */
    public ServiceRecordResponse update(String id, UpdateServiceRecordRequest r) {
        return response(tx.write(() -> change(id, r)));
    }

    private ServiceRecord change(String id, UpdateServiceRecordRequest r) {
        ServiceRecord s = records.getOrThrow(id, SCOPE.current(), NOT_FOUND);
        Versions.expect(r.version(), s.version);
        if (s.isLocked && !Ownership.mayReassign()) {
            throw new ConflictException("服务记录已锁定，只有管理员可以修改");
        }
        Ownership.checkOwner("sales_user_id", s.salesUserId, r.salesUserId());
        Ownership.checkLock(s.isLocked, r.isLocked());
        if (r.customerId() != null && !r.customerId().trim().equals(s.customerId)) {
            throw ValidationException.of("customer_id", "a service record cannot move to another customer");
        }
        ServiceRecordMapper.apply(r, s);
        snapshot(r, s);
        if (r.status() != null && !r.status().equals(s.status)) {
            if (!StatusTransitions.allowed(s.status, r.status())) {
                throw new ConflictException("服务状态不能从 " + s.status + " 变为 " + r.status());
            }
            enter(s, r.status());
        }
        s.updatedBy = CurrentUser.id();
        return records.saveAndFlush(s);
    }

    @Transactional
    public void delete(String id) {
        ServiceRecord s = records.getOrThrow(id, SCOPE.current(), NOT_FOUND);
        s.softDelete();
        s.updatedBy = CurrentUser.id();
        records.saveAndFlush(s);
    }

    public ServiceRecordResponse restore(String id) {
        return response(tx.write(() -> {
            ServiceRecord s = records.getOrThrow(id, SCOPE.current(), NOT_FOUND);
            s.restore();
            s.updatedBy = CurrentUser.id();
            return records.saveAndFlush(s);
        }));
    }

    @Transactional(readOnly = true)
    public List<FollowUpResponse> followUps(String id) {
        requireLive(id);
        return followUps.byServiceRecord(id);
    }

    /** Adds a note to the record's timeline and moves its last/next follow-up times and notes along. */
    @Transactional
    public FollowUpResponse addFollowUp(String id, FollowUpRequest r) {
        ServiceRecord s = requireLive(id);
        FollowUpResponse added = followUps.add(s.customerId, s.getId(), r);
        if (s.lastFollowUpAt == null || !added.followedUpAt().isBefore(s.lastFollowUpAt)) {
            s.lastFollowUpAt = added.followedUpAt();
            s.followUpNotes = added.content();
            if (added.nextFollowUpAt() != null) {
                s.nextFollowUpAt = added.nextFollowUpAt();
            }
        }
        records.saveAndFlush(s);
        return added;
    }

    private ServiceRecord requireLive(String id) {
        return records.findOne(Specification.allOf(Specs.eq("id", id), SCOPE.current())).filter(s -> !s.isDeleted())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static void enter(ServiceRecord s, String status) {
        s.status = status;
        if ("in_progress".equals(status) && s.actualStartDate == null) {
            s.actualStartDate = LocalDate.now();
        }
        if ("completed".equals(status) && s.actualCompletionDate == null) {
            s.actualCompletionDate = LocalDate.now();
        }
    }

    /** Checks the referenced records and copies their names onto the record (the original's snapshot columns). */
    private void snapshot(UpdateServiceRecordRequest r, ServiceRecord s) {
        if (r.serviceTypeId() != null) {
            String name = serviceTypes.names(List.of(r.serviceTypeId())).get(r.serviceTypeId());
            if (name == null) {
                throw ValidationException.of("service_type_id", "service type does not exist");
            }
            s.serviceTypeName = name;
        }
        if (r.productId() != null) {
            Product p = products.byIds(List.of(r.productId())).get(r.productId());
            if (p == null) {
                throw ValidationException.of("product_id", "product does not exist");
            }
            s.productName = p.getName();
            s.productCode = p.getCode();
        }
        if (r.contactId() != null) {
            Contact c = contacts.requireOf(s.customerId, r.contactId(), "contact_id");
            s.contactName = c.getFullName();
        }
        if (r.referralCustomerId() != null) {
            s.referralCustomerName = customers.requireActive(r.referralCustomerId(), "referral_customer_id").getName();
        }
    }

    private ServiceRecordResponse response(ServiceRecord s) {
        return ServiceRecordMapper.toResponse(s, salesName(s, names.users(Collections.singletonList(s.salesUserId))));
    }

    private static String salesName(ServiceRecord s, Map<String, String> users) {
        return s.salesUserId == null ? s.salesUsername : users.get(s.salesUserId);
    }
}
