package com.bantu.servicemanagement.customer;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.events.IntegrationEvents;
import com.bantu.common.persistence.Specs;
import com.bantu.common.scope.DataScope;
import com.bantu.common.scope.Owned;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;
import com.bantu.servicemanagement.industry.Industry;
import com.bantu.servicemanagement.industry.IndustryService;
import com.bantu.servicemanagement.internal.CustomerChangedV1;
import com.bantu.servicemanagement.lookup.CustomerChannelService;
import com.bantu.servicemanagement.lookup.CustomerSourceService;
import com.bantu.servicemanagement.names.FoundationNames;
import com.bantu.servicemanagement.support.CodeSequences;
import com.bantu.servicemanagement.support.Ownership;
import com.bantu.servicemanagement.support.Tx;
import com.bantu.servicemanagement.support.Versions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CustomerService {

    public static final String NOT_FOUND = "客户不存在";
    /**
     * The customers a caller's data scope covers: owned or created by the caller, or (organization scopes) of a
     * covered organization. Contacts, documents, payment stages, follow-ups and service records follow their customer.
     */
    public static final Owned<Customer> SCOPE = Owned.<Customer>by("ownerUserId", "createdBy")
            .organization("organizationId");
    static final List<String> TYPES = List.of("individual", "organization");
    static final List<String> SOURCE_TYPES = List.of("own", "agent");
    static final List<String> NAME_MATCH = List.of("prefix", "contains");
    /** {@code my}: the caller's own customers; {@code global} (or absent): everything the data scope covers. */
    static final List<String> VIEW_TYPES = List.of("my", "global");
    private static final Map<String, String> SORTS = Map.of("name", "name", "code", "code",
            "created_at", "createdAt", "updated_at", "updatedAt", "customer_type", "customerType", "level", "level");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final CustomerRepository customers;
    private final CustomerSourceService sources;
    private final CustomerChannelService channels;
    private final FoundationNames names;
    private final CodeSequences sequences;
    private final CustomerPageQuery pageQuery;
    private final Tx tx;
    private final IndustryService industries;
    private final CustomerRows customerRows;
    private final IntegrationEvents events;

    public CustomerService(CustomerRepository customers, CustomerSourceService sources,
                           CustomerChannelService channels, FoundationNames names, CodeSequences sequences,
                           CustomerPageQuery pageQuery, Tx tx, IndustryService industries,
                           CustomerRows customerRows, IntegrationEvents events) {
        this.events = events;
        this.industries = industries;
        this.customerRows = customerRows;
        this.pageQuery = pageQuery;
        this.tx = tx;
        this.customers = customers;
        this.sources = sources;
        this.channels = channels;
        this.names = names;
        this.sequences = sequences;
    }

    /**
     * List filters. {@code name} matches names that start with the text (case-insensitive, served by an index);
     * {@code nameMatch=contains} matches anywhere in the name, which scans the table. Without {@code sort_by} the list
     * is newest first, and a name search is alphabetical (name, then creation): that is the index's own order, so
     * any page of a search is read from the index without sorting or touching table rows.
     */
    public record Filter(String name, String nameMatch, String code, String customerType, String customerSourceType,
                         String parentCustomerId, String ownerUserId, String agentId, String sourceId,
                         String channelId, Boolean isLocked, boolean includeDeleted, String industryId,
                         String viewType) {

        /** The same filter with its enumerated values in canonical form (checked by the caller). */
        Filter withChecked(String nameMatch, String customerType, String customerSourceType, String viewType) {
            return new Filter(name, nameMatch, code, customerType, customerSourceType, parentCustomerId, ownerUserId,
                    agentId, sourceId, channelId, isLocked, includeDeleted, industryId, viewType);
        }

        /** {@code view_type=my}: only the customers the caller owns (within the data scope like every list). */
        boolean mine() {
            return "my".equals(viewType);
        }
    }

    /** Rows are read in one read-only transaction; display names from foundation are resolved after it. */
    public ItemsPage<CustomerResponse> list(Filter raw, PageQuery page, String sortBy, String sortOrder) {
        QueryParams checks = new QueryParams();
        Filter f = raw.withChecked(checks.oneOf("name_match", raw.nameMatch(), NAME_MATCH),
                checks.oneOf("customer_type", raw.customerType(), TYPES),
                checks.oneOf("customer_source_type", raw.customerSourceType(), SOURCE_TYPES),
                checks.oneOf("view_type", raw.viewType(), VIEW_TYPES));
        checks.throwIfInvalid();
        boolean prefixSearch = f.name() != null && !f.name().isBlank() && !"contains".equals(f.nameMatch());
        Sort fallback = prefixSearch ? Sort.by("name", "createdAt") : Sort.by(Sort.Direction.DESC, "createdAt");
        Sort sort = QueryParams.sort(sortBy, sortOrder, SORTS, fallback);
        Page read = tx.read(() -> {
            CustomerPageQuery.Result result = pageQuery.run(f, DataScope.current(), sort, page);
            return new Page(customerRows.byIds(result.ids()), result.total());
        });
        return new ItemsPage<>(responses(read.rows()), read.total(), page.page(), page.size());
    }

    /** The customer if the caller's data scope covers it; 404 otherwise (missing and out of scope look the same). */
    public CustomerResponse get(String id) {
        return responses(List.of(customerRows.byId(id, DataScope.current())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND)))).get(0);
    }

    /**
     * What another service needs of a customer: the row's own fields, no display names, and the row's version (the
     * one {@code customer.changed} carries), so a replica can order this answer against the events.
     */
    public record Essentials(String id, String name, String code, String level, String ownerUserId, long version) {
    }

    /**
     * A customer's essentials for another service (business-service checks and snapshots an order's customer): read
     * from the row alone in one query, without the display names {@link #get(String)} adds (no call to foundation,
     * no lookup tables). 404 when missing, deleted, inactive or outside the caller's data scope.
     */
    public Essentials essentials(String id) {
        return tx.read(() -> {
            Customer c = customers.getOrThrow(id, SCOPE.current(), NOT_FOUND);
            if (!live(c)) {
                throw new NotFoundException(NOT_FOUND);
            }
            return new Essentials(c.getId(), c.name, c.code, c.level, c.ownerUserId, c.version);
        });
    }

    /** Writes commit first; the answer (with foundation's names) is built after the commit. */
    public CustomerResponse create(CreateCustomerRequest body) {
        return get(tx.write(() -> insert(body.asUpdate(), null)));
    }

    /**
     * Creates a customer on behalf of another service, once per {@code idempotencyKey}: a key seen before returns
     * the customer it created (the unique key on the column settles concurrent requests: the loser's insert fails
     * with a {@code DataIntegrityViolationException}). {@code alsoInTheTransaction} gets the new customer's id and
     * runs in the insert's transaction (a first contact, say), so it happens exactly once per key and never without
     * the customer. Commits first; the answer (with foundation's names) is built after the commit.
     */
    public CustomerResponse create(CreateCustomerRequest body, String idempotencyKey,
                                   Consumer<String> alsoInTheTransaction) {
        if (idempotencyKey != null) {
            Optional<Customer> existing = tx.read(() -> customers.findByIdempotencyKey(idempotencyKey));
            if (existing.isPresent()) {
                return get(existing.get().getId());
            }
        }
        return get(tx.write(() -> {
            String id = insert(body.asUpdate(), idempotencyKey);
            alsoInTheTransaction.accept(id);
            return id;
        }));
    }

    /**
     * The creator, their organization and the first editor come from the token. Without an owner the creator owns the
     * customer; only an administrator (or a service) may name someone else as owner or create it locked.
     */
    private String insert(UpdateCustomerRequest r, String idempotencyKey) {
        BantuPrincipal me = CurrentUser.get();
        Ownership.checkOwner("owner_user_id", null, r.ownerUserId());
        Ownership.checkLock(false, r.isLocked());
        Customer c = new Customer();
        c.idempotencyKey = idempotencyKey;
        c.createdBy = me.userId();
        c.updatedBy = me.userId();
        c.organizationId = me.organizationId();
        if (r.code() != null) {
            requireFreeCode(r.code().trim());
        }
        if (r.parentCustomerId() != null) {
            requireActive(r.parentCustomerId(), "parent_customer_id");
        }
        checkLookups(r);
        CustomerMapper.apply(r, c);
        applyIndustry(r, c);
        if (c.ownerUserId == null && !me.hasRole("SERVICE")) {
            c.ownerUserId = me.userId();
        }
        if (c.code == null) {
            c.code = generateCode();
        }
        checkAgent(c);
        customers.saveAndFlush(c);
        published(c);
        pageQuery.invalidate();
        return c.getId();
    }

    /**
     * Partial update. A stale {@code version} is a 409, so is a parent that would make the customer its own
     * ancestor. A locked customer can be changed by an admin only.
     */
    public CustomerResponse update(String id, UpdateCustomerRequest r) {
        tx.write(() -> change(id, r));
        return get(id);
    }

    private Customer change(String id, UpdateCustomerRequest r) {
        Customer c = customers.getOrThrow(id, SCOPE.current(), NOT_FOUND);
        Versions.expect(r.version(), c.version);
        requireUnlocked(c);
        Ownership.checkOwner("owner_user_id", c.ownerUserId, r.ownerUserId());
        Ownership.checkLock(c.isLocked, r.isLocked());
        if (r.code() != null && !r.code().trim().equals(c.code)) {
            requireFreeCode(r.code().trim());
        }
        if (r.parentCustomerId() != null && !r.parentCustomerId().equals(c.parentCustomerId)) {
            checkNoCycle(c.getId(), r.parentCustomerId());
        }
        checkLookups(r);
        List<Object> replicated = replicated(c);
        CustomerMapper.apply(r, c);
        applyIndustry(r, c);
        checkAgent(c);
        c.updatedBy = CurrentUser.id();
        customers.saveAndFlush(c);
        if (!replicated.equals(replicated(c))) {
            published(c);
        }
        pageQuery.invalidate();
        return c;
    }

    @Transactional
    public void delete(String id) {
        Customer c = customers.getOrThrow(id, SCOPE.current(), NOT_FOUND);
        requireUnlocked(c);
        c.softDelete();
        c.updatedBy = CurrentUser.id();
        customers.saveAndFlush(c);
        published(c);
        pageQuery.invalidate();
    }

    public CustomerResponse restore(String id) {
        tx.write(() -> {
            Customer c = customers.getOrThrow(id, SCOPE.current(), NOT_FOUND);
            c.restore();
            c.updatedBy = CurrentUser.id();
            customers.saveAndFlush(c);
            published(c);
            pageQuery.invalidate();
            return c;
        });
        return get(id);
    }

    // ---------------------------------------------------------------- used by other features

    /** The customer another service created with this key, if any (names resolved outside any transaction). */
    public Optional<CustomerResponse> byIdempotencyKey(String key) {
        return tx.read(() -> customers.findByIdempotencyKey(key)).map(c -> get(c.getId()));
    }

    /**
     * The customer a body refers to, which must exist, not be deleted and be in the caller's data scope; otherwise a
     * 400 naming {@code field} (the same answer for all three, so ids of other people's customers cannot be probed).
     */
    @Transactional(readOnly = true)
    public Customer requireActive(String id, String field) {
        return customers.findOne(Specification.allOf(Specs.eq("id", id), SCOPE.current())).filter(c -> !c.isDeleted())
                .orElseThrow(() -> ValidationException.of(field, "customer does not exist"));
    }

    /**
     * The customer for a sub-resource path ({@code /customers/{id}/...}): 404 when missing, deleted or outside the
     * caller's data scope. Its documents, payment stages and follow-ups are read and written only through it.
     */
    @Transactional(readOnly = true)
    public Customer require(String id) {
        return customers.findOne(Specification.allOf(Specs.eq("id", id), SCOPE.current())).filter(c -> !c.isDeleted())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** Locks the customer row for the rest of the caller's transaction; 404 when missing, deleted or out of scope. */
    @Transactional
    public Customer lock(String id) {
        DataScope scope = DataScope.current();
        return customers.lockById(id).filter(c -> !c.isDeleted())
                .filter(c -> scope.covers(c.organizationId, c.ownerUserId, c.createdBy))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public Map<String, String> names(List<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        return customers.findAllById(wanted).stream()
                .collect(Collectors.toMap(Customer::getId, Customer::getName, (a, b) -> a));
    }

    // ---------------------------------------------------------------- rules

    /** Another service may still name the customer: not deleted and active ({@link #essentials} answers it). */
    private static boolean live(Customer c) {
        return !c.isDeleted() && c.isActive();
    }

    /** The fields {@code customer.changed} carries (an update that changes none of them publishes nothing). */
    private static List<Object> replicated(Customer c) {
        return Arrays.asList(c.name, c.code, c.level, c.ownerUserId, live(c));
    }

    /**
     * {@code customer.changed} (routed to business-service, which keeps a replica of the essentials) for a row just
     * written: called after the flush, so the version is the row's new one, and inside the write's transaction, so
     * the outbox row commits with the change or not at all.
     */
    private void published(Customer c) {
        events.publish(new CustomerChangedV1(c.getId(), c.name, c.code, c.level, c.ownerUserId, live(c), c.version));
    }

    /** {@code CUS} + yyyyMMdd + a four-digit daily sequence, skipping codes a client already took. */
    private String generateCode() {
        String day = LocalDate.now().format(DAY);
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = String.format("CUS%s%04d", day, sequences.next("CUS" + day));
            if (!customers.existsByCode(code)) {
                return code;
            }
        }
        throw new ConflictException("Could not generate a free customer code; send one");
    }

    private void requireFreeCode(String code) {
        if (customers.existsByCode(code)) {
            throw new ConflictException("客户编码 " + code + " 已存在");
        }
    }

    private void requireUnlocked(Customer c) {
        if (c.isLocked && !Ownership.mayReassign()) {
            throw new ConflictException("客户已锁定，只有管理员可以修改");
        }
    }

    private void checkAgent(Customer c) {
        if ("agent".equals(c.customerSourceType) && (c.agentId == null || c.agentId.isBlank())) {
            throw ValidationException.of("agent_id", "is required when customer_source_type is agent");
        }
    }

    private void checkLookups(UpdateCustomerRequest r) {
        if (r.sourceId() != null && !sources.exists(r.sourceId())) {
            throw ValidationException.of("source_id", "customer source does not exist");
        }
        if (r.channelId() != null && !channels.exists(r.channelId())) {
            throw ValidationException.of("channel_id", "customer channel does not exist");
        }
    }

    /**
     * {@code industry_id} must name an industry (400 otherwise) and sets the text {@code industry} to its Chinese
     * name; a text {@code industry} alone (the seed-era client) is linked to the industry whose code or name it
     * equals, case-insensitive, and unlinked otherwise.
     */
    private void applyIndustry(UpdateCustomerRequest r, Customer c) {
        if (r.industryId() != null) {
            Industry industry = industries.byId(r.industryId())
                    .orElseThrow(() -> ValidationException.of("industry_id", "行业不存在"));
            c.industryId = industry.getId();
            c.industry = industry.getNameZh();
        } else if (r.industry() != null) {
            c.industryId = industries.byCodeOrName(r.industry()).map(Industry::getId).orElse(null);
        }
    }

    /** The new parent must exist and must not be the customer itself or one of its descendants. */
    private void checkNoCycle(String id, String newParentId) {
        Set<String> seen = new HashSet<>();
        String cursor = newParentId;
        requireActive(newParentId, "parent_customer_id");
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(id)) {
                throw new ConflictException("客户不能成为自己的上级（上级关系形成循环）");
            }
            cursor = customers.findById(cursor).map(Customer::getParentCustomerId).orElse(null);
        }
    }

    /** A page's rows and the total of the list (read in one transaction). */
    private record Page(List<CustomerRows.Row> rows, long total) {
    }

    /** The rows' answers, with foundation's display names (resolved outside any transaction). */
    private List<CustomerResponse> responses(List<CustomerRows.Row> rows) {
        Map<String, String> users = names.users(rows.stream()
                .flatMap(r -> Stream.of(r.customer().ownerUserId, r.customer().agentUserId)).toList());
        Map<String, String> orgs = names.organizations(rows.stream().map(r -> r.customer().agentId).toList());
        List<CustomerResponse> out = new ArrayList<>(rows.size());
        for (CustomerRows.Row r : rows) {
            Customer c = r.customer();
            out.add(CustomerMapper.toResponse(c, r.names().withFoundation(users.get(c.ownerUserId),
                    users.get(c.agentUserId), orgs.get(c.agentId))));
        }
        return out;
    }
}
