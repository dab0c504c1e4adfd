package com.bantu.business.lead;

import com.bantu.business.notification.NotificationService;
import com.bantu.business.reference.CustomerLevel;
import com.bantu.business.reference.ReferenceService;
import com.bantu.business.remote.Foundation;
import com.bantu.business.support.Params;
import com.bantu.business.support.Scope;
import com.bantu.common.scope.DataScope;
import com.bantu.common.scope.Owned;
import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leads: CRUD, the public pool (move in, assign, claim), follow-ups, notes and the duplicate check. Data scope
 * (common-lib {@code DataScope}): an ADMIN sees every lead; SALES the leads they own, an organization scope also its
 * organizations' leads, everyone the public-pool leads of their organization; changes only within the scope (a pool
 * lead must be claimed first). A lead outside the scope is a 404.
 */
@Service
public class LeadService {

    public static final String NOT_FOUND = "线索不存在";
    static final List<String> FOLLOW_UP_TYPES = List.of("call", "meeting", "email", "note");
    static final List<String> NOTE_TYPES = List.of("comment", "reminder", "task");

    private final LeadRepository leads;
    private final LeadFollowUpRepository followUps;
    private final LeadNoteRepository notes;
    private final ReferenceService levels;
    private final Foundation foundation;
    private final NotificationService notifications;
    private final LeadPoolService pools;
    private final TransactionTemplate tx;

    public LeadService(LeadRepository leads, LeadFollowUpRepository followUps, LeadNoteRepository notes,
                       ReferenceService levels, Foundation foundation, NotificationService notifications,
                       LeadPoolService pools, PlatformTransactionManager txManager) {
        this.pools = pools;
        this.tx = new TransactionTemplate(txManager);
        this.leads = leads;
        this.followUps = followUps;
        this.notes = notes;
        this.levels = levels;
        this.foundation = foundation;
        this.notifications = notifications;
    }

    public record Filter(String ownerUserId, String status, Boolean isInPublicPool, String customerId,
                         String companyName, String phone, String email) {
    }

    // ------------------------------------------------------------------------------------------------ scope

    /**
     * A lead belongs to its owner and its organization (common-lib data scopes: SALES their own, an organization
     * scope its organizations' leads, ADMIN all); the public pool of the caller's own organization is readable too.
     */
    static final Owned<Lead> OWNED = Owned.<Lead>by("ownerUserId").organization("organizationId")
            .or(LeadService::poolOf);

    private static Specification<Lead> poolOf(DataScope s) {
        return (root, q, cb) -> cb.and(cb.isTrue(root.get("isInPublicPool")), s.organizationId() == null
                ? cb.isNull(root.get("organizationId"))
                : cb.equal(root.get("organizationId"), s.organizationId()));
    }

    static Specification<Lead> readable(Scope s) {
        return OWNED.in(s.data());
    }

    /** The lead if the caller may read it; 404 otherwise. */
    @Transactional(readOnly = true)
    public Lead requireReadable(String id) {
        return leads.findOne(Specification.allOf(Specs.eq("id", id), readable(Scope.current())))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The lead row locked for the transaction, if the caller owns it (or is ADMIN); 404 / 403 otherwise. */
    @Transactional
    public Lead lockOwned(String id) {
        Scope s = Scope.current();
        Lead l = leads.lockById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        // a pool lead is claimed before it is changed (except by an administrator)
        if (s.admin() || (!l.isInPublicPool && s.writes().covers(l.organizationId, l.ownerUserId))) {
            return l;
        }
        if (leads.exists(Specification.allOf(Specs.eq("id", id), readable(s)))) {
            throw new ForbiddenException("只有线索负责人或管理员可以修改该线索");
        }
        throw new NotFoundException(NOT_FOUND);
    }

    // ------------------------------------------------------------------------------------------------ CRUD

    @Transactional(readOnly = true)
    public ItemsPage<LeadResponse> list(Filter f, PageQuery page) {
        Specification<Lead> spec = Specification.allOf(readable(Scope.current()),
                Specs.eq("ownerUserId", f.ownerUserId()),
                Specs.eq("status", Params.oneOf("status", f.status(), LeadStatus.ALL)),
                Specs.eq("isInPublicPool", f.isInPublicPool()), Specs.eq("customerId", f.customerId()),
                Specs.contains("companyName", f.companyName()), Specs.eq("phoneDigits", digits(f.phone())),
                Specs.eq("email", lower(f.email())));
        Page<Lead> result = leads.findAll(spec, page.toPageable(
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        return ItemsPage.of(result, page, responder(result.getContent()));
    }

    @Transactional(readOnly = true)
    public LeadResponse get(String id) {
        return response(requireReadable(id));
    }

    @Transactional
    public LeadResponse create(LeadRequest r) {
        Scope s = Scope.current();
        if (r.name() == null || r.name().isBlank()) {
            throw ValidationException.of("name", "must not be blank");
        }
        if (r.customerId() != null) {
            throw ValidationException.of("customer_id", "线索不能关联客户 (a lead gets its customer by conversion)");
        }
        String status = r.status() == null ? LeadStatus.NEW : Params.oneOf("status", r.status(), LeadStatus.ON_CREATE);
        String owner = r.ownerUserId() == null ? s.userId() : r.ownerUserId();
        if (!s.admin() && !owner.equals(s.userId())) {
            throw new ForbiddenException("只能创建自己负责的线索");
        }
        Lead l = new Lead();
        apply(r, l);
        l.status = status;
        l.ownerUserId = owner;
        l.organizationId = s.organizationId();
        l.createdBy = s.userId();
        l.updatedBy = s.userId();
        leads.saveAndFlush(l);
        return response(l);
    }

    @Transactional
    public LeadResponse update(String id, LeadRequest r) {
        Lead l = lockOwned(id);
        Scope s = Scope.current();
        if (r.version() != null && !r.version().equals(l.version)) {
            throw new ConflictException("线索已被他人修改; reload and retry");
        }
        if (r.customerId() != null) {
            throw ValidationException.of("customer_id", "线索不能关联客户 (a lead gets its customer by conversion)");
        }
        if (r.name() != null && r.name().isBlank()) {
            throw ValidationException.of("name", "must not be blank");
        }
        if (r.ownerUserId() != null && !r.ownerUserId().equals(l.ownerUserId) && !s.admin()) {
            throw new ForbiddenException("只有管理员可以更换负责人 (use assign)");
        }
        if (LeadStatus.CONVERTED.equals(l.status)) {
            throw new ConflictException("已转化的线索不能修改");
        }
        if (r.status() != null) {
            LeadStatus.check(l.status, Params.oneOf("status", r.status(), LeadStatus.ALL));
            l.status = r.status();
        }
        apply(r, l);
        if (r.ownerUserId() != null) {
            l.ownerUserId = r.ownerUserId();
        }
        if (r.lastFollowUpAt() != null) {
            l.lastFollowUpAt = r.lastFollowUpAt();
        }
        l.updatedBy = s.userId();
        leads.saveAndFlush(l);
        return response(l);
    }

    @Transactional
    public void delete(String id) {
        Scope s = Scope.current();
        Lead l = leads.findOne(Specification.allOf(Specs.eq("id", id), readable(s)))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!s.admin() && !s.userId().equals(l.ownerUserId) && !s.userId().equals(l.createdBy)) {
            throw new ForbiddenException("只有线索负责人、创建人或管理员可以删除该线索");
        }
        leads.delete(l);
    }

    // ------------------------------------------------------------------------------------------------ pool

    public LeadResponse assign(String id, AssignRequest r) {
        Scope s = Scope.current();
        if (!s.admin() && !r.ownerUserId().equals(s.userId())) {
            throw new ForbiddenException("只有管理员可以把线索分配给他人");
        }
        if (s.admin() && !r.ownerUserId().equals(s.userId()) && !foundation.exists(r.ownerUserId())) {
            throw ValidationException.of("owner_user_id", "user does not exist");
        }
        return tx.execute(st -> assignInTx(id, r.ownerUserId(), s));
    }

    private LeadResponse assignInTx(String id, String owner, Scope s) {
        Lead l = leads.lockById(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!s.admin()) {
            // a claim: only a lead in the public pool of the caller's organization
            boolean claimable = l.isInPublicPool && Objects.equals(l.organizationId, s.organizationId());
            if (!claimable) {
                if (s.userId().equals(l.ownerUserId)) {
                    return response(l);
                }
                throw new NotFoundException(NOT_FOUND);
            }
        }
        if (LeadStatus.isFinal(l.status)) {
            throw new ConflictException("已转化或已流失的线索不能分配");
        }
        l.ownerUserId = owner;
        l.isInPublicPool = false;
        l.poolId = null;
        l.movedToPoolAt = null;
        l.updatedBy = s.userId();
        leads.saveAndFlush(l);
        if (!owner.equals(s.userId())) {
            notifications.notify(owner, "lead_assigned", "新的线索分配", "线索 " + l.name + " 已分配给您", "lead",
                    l.getId());
        }
        return response(l);
    }

    @Transactional
    public LeadResponse moveToPool(String id, MoveToPoolRequest r) {
        Lead l = lockOwned(id);
        if (LeadStatus.CONVERTED.equals(l.status)) {
            throw new ConflictException("已转化的线索不能移入公海");
        }
        l.isInPublicPool = true;
        l.poolId = r == null || r.poolId() == null || r.poolId().isBlank() ? null
                : pools.requireUsable(r.poolId(), l.organizationId);
        l.movedToPoolAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        l.ownerUserId = null;
        l.updatedBy = Scope.current().userId();
        leads.saveAndFlush(l);
        return response(l);
    }

    // ------------------------------------------------------------------------------------------------ duplicates

    /**
     * Leads of the caller's organization (every lead for an ADMIN without one) matching any given field: company
     * name (contains, or equal with {@code exact_match}, case-insensitive), phone (digits only) or e-mail
     * (case-insensitive). {@code similarity_score} is the best duplicate's mean of per-field scores over the fields
     * both sides have: company names by Ratcliff/Obershelp ratio, phone and e-mail 1 when equal else 0.
     */
    @Transactional(readOnly = true)
    public DuplicateResponse duplicates(DuplicateRequest r) {
        Scope s = Scope.current();
        String company = r.companyName() == null || r.companyName().isBlank() ? null : r.companyName().trim();
        String phone = digits(r.phone());
        String email = lower(r.email());
        if (company == null && phone == null && email == null) {
            return new DuplicateResponse(false, List.of(), null);
        }
        boolean exact = Boolean.TRUE.equals(r.exactMatch());
        Specification<Lead> any = (root, q, cb) -> {
            List<Predicate> or = new ArrayList<>();
            if (company != null) {
                or.add(exact ? cb.equal(cb.lower(root.get("companyName")), company.toLowerCase())
                        : Specs.<Lead>contains("companyName", company).toPredicate(root, q, cb));
            }
            if (phone != null) {
                or.add(cb.equal(root.get("phoneDigits"), phone));
            }
            if (email != null) {
                or.add(cb.equal(root.get("email"), email));
            }
            return cb.or(or.toArray(Predicate[]::new));
        };
        Specification<Lead> org = s.admin() && s.organizationId() == null ? Specs.all()
                : Specs.eq("organizationId", s.organizationId());
        Specification<Lead> notSelf = r.excludeLeadId() == null ? Specs.all()
                : (root, q, cb) -> cb.notEqual(root.get("id"), r.excludeLeadId());
        List<Lead> found = leads.findAll(Specification.allOf(any, org, notSelf),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt"))).getContent();
        Double best = null;
        for (Lead l : found) {
            List<Double> scores = new ArrayList<>();
            if (company != null && l.companyName != null) {
                scores.add(Similarity.ratio(company, l.companyName));
            }
            if (phone != null && l.phoneDigits != null) {
                scores.add(phone.equals(l.phoneDigits) ? 1.0 : 0.0);
            }
            if (email != null && l.email != null) {
                scores.add(email.equals(l.email) ? 1.0 : 0.0);
            }
            if (!scores.isEmpty()) {
                double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                best = best == null ? mean : Math.max(best, mean);
            }
        }
        Function<Lead, LeadResponse> map = responder(found);
        return new DuplicateResponse(!found.isEmpty(), found.stream().map(map).toList(),
                best == null ? null : Math.round(best * 10_000) / 10_000.0);
    }

    // ------------------------------------------------------------------------------------------------ follow-ups

    @Transactional(readOnly = true)
    public List<FollowUpResponse> followUps(String id) {
        requireReadable(id);
        List<LeadFollowUp> list = followUps.findByLeadIdOrderByCreatedAtDescIdDesc(id);
        Map<String, String> names = foundation.names(list.stream().map(f -> f.createdBy).toList());
        return list.stream().map(f -> followUp(f, names.get(f.createdBy))).toList();
    }

    @Transactional
    public FollowUpResponse addFollowUp(String id, FollowUpRequest r) {
        Params.oneOf("follow_up_type", r.followUpType(), FOLLOW_UP_TYPES);
        Lead l = lockOwned(id);
        LeadFollowUp f = new LeadFollowUp();
        f.leadId = id;
        f.followUpType = r.followUpType();
        f.content = r.content();
        f.followUpDate = r.followUpDate();
        f.statusBefore = l.status;
        if (r.statusAfter() != null && !r.statusAfter().isBlank()) {
            String to = Params.oneOf("status_after", r.statusAfter(), LeadStatus.ALL);
            LeadStatus.check(l.status, to);
            f.statusAfter = to;
            l.status = to;
        }
        f.createdBy = Scope.current().userId();
        l.lastFollowUpAt = r.followUpDate();
        if (r.nextFollowUpAt() != null) {
            l.nextFollowUpAt = r.nextFollowUpAt();
        }
        l.updatedBy = f.createdBy;
        followUps.save(f);
        leads.saveAndFlush(l);
        return followUp(f, foundation.name(f.createdBy));
    }

    @Transactional(readOnly = true)
    public List<NoteResponse> notes(String id) {
        requireReadable(id);
        List<LeadNote> list = notes.findByLeadIdOrderByCreatedAtDescIdDesc(id);
        Map<String, String> names = foundation.names(list.stream().map(n -> n.createdBy).toList());
        return list.stream().map(n -> note(n, names.get(n.createdBy))).toList();
    }

    @Transactional
    public NoteResponse addNote(String id, NoteRequest r) {
        Params.oneOf("note_type", r.noteType(), NOTE_TYPES);
        lockOwned(id);
        LeadNote n = new LeadNote();
        n.leadId = id;
        n.noteType = r.noteType();
        n.content = r.content();
        n.isImportant = Boolean.TRUE.equals(r.isImportant());
        n.createdBy = Scope.current().userId();
        notes.saveAndFlush(n);
        return note(n, foundation.name(n.createdBy));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    public LeadResponse response(Lead l) {
        return responder(List.of(l)).apply(l);
    }

    private Function<Lead, LeadResponse> responder(Collection<Lead> list) {
        Map<String, String> owners = foundation.names(list.stream().map(l -> l.ownerUserId).toList());
        Map<String, CustomerLevel> lv = levels.levelsByCode(list.stream().map(l -> l.level)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return l -> {
            CustomerLevel level = l.level == null ? null : lv.get(l.level);
            return LeadResponse.of(l, owners.get(l.ownerUserId), level == null ? null : level.getNameZh(),
                    level == null ? null : level.getNameId());
        };
    }

    private void apply(LeadRequest r, Lead l) {
        if (r.name() != null) {
            l.name = r.name().trim();
        }
        if (r.companyName() != null) {
            l.companyName = blankToNull(r.companyName());
        }
        if (r.contactName() != null) {
            l.contactName = blankToNull(r.contactName());
        }
        if (r.phone() != null) {
            l.phone = blankToNull(r.phone());
            l.phoneDigits = digits(r.phone());
        }
        if (r.email() != null) {
            l.email = lower(r.email());
        }
        if (r.address() != null) {
            l.address = r.address();
        }
        if (r.level() != null) {
            String level = blankToNull(r.level());
            if (level != null && !levels.levelExists(level)) {
                throw ValidationException.of("level", "无效的客户等级代码: " + level);
            }
            l.level = level;
        }
        if (r.nextFollowUpAt() != null) {
            l.nextFollowUpAt = r.nextFollowUpAt();
        }
    }

    private static FollowUpResponse followUp(LeadFollowUp f, String name) {
        return new FollowUpResponse(f.getId(), f.leadId, f.followUpType, f.content, f.followUpDate, f.statusBefore,
                f.statusAfter, f.createdBy, name, f.getCreatedAt());
    }

    private static NoteResponse note(LeadNote n, String name) {
        return new NoteResponse(n.getId(), n.leadId, n.noteType, n.content, n.isImportant, n.createdBy, name,
                n.getCreatedAt());
    }

    static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String d = phone.replaceAll("\\D", "");
        return d.isEmpty() ? null : d;
    }

    static String lower(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Marks a lead (locked by the caller's transaction) converted to {@code customerId}. */
    public void markConverted(Lead l, String customerId, String by) {
        l.converted(customerId, by);
        leads.saveAndFlush(l);
    }

    /** Lead names by id (for the opportunities that came from them). */
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            leads.findAllById(ids).forEach(l -> out.put(l.getId(), l.getName()));
        }
        return out;
    }
}
