package com.bantu.business.lead;

import com.bantu.business.remote.ServiceManagement;
import com.bantu.business.support.Scope;
import com.bantu.common.error.ApiException;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turning a lead into a customer, in three steps so that no remote call runs inside a transaction and a lead never
 * yields two customers:
 * <ol>
 *   <li>{@link #begin}: lock the lead, check its state, and commit a {@code lead_conversions} row "in progress" with
 *       an idempotency key (reused by every retry). A concurrent request finds the row in progress and gets 409.</li>
 *   <li>{@link #createCustomer}: service-management creates the customer, idempotent on that key, so a retry after a
 *       lost answer returns the same customer. A failure marks the row failed (retryable) and answers 503.</li>
 *   <li>{@link #finish}: in the caller's transaction (which may also create an opportunity), the row is done and the
 *       lead converted.</li>
 * </ol>
 */
@Service
public class LeadConversions {

    public record Started(String leadId, String idempotencyKey, String name, String companyName, String contactName,
                          String phone, String email, String level, String ownerUserId, String organizationId) {
    }

    private final LeadService leadService;
    private final LeadRepository leads;
    private final LeadConversionRepository conversions;
    private final ServiceManagement serviceManagement;
    private final TransactionTemplate tx;
    private final Duration staleAfter;

    public LeadConversions(LeadService leadService, LeadRepository leads, LeadConversionRepository conversions,
                           ServiceManagement serviceManagement, PlatformTransactionManager txManager,
                           @Value("${bantu.orders.conversion-stale-after:30s}") Duration staleAfter) {
        this.leadService = leadService;
        this.leads = leads;
        this.conversions = conversions;
        this.serviceManagement = serviceManagement;
        this.tx = new TransactionTemplate(txManager);
        this.staleAfter = staleAfter;
    }

    public Started begin(String leadId) {
        return tx.execute(st -> {
            Lead l = leadService.lockOwned(leadId);
            if (LeadStatus.CONVERTED.equals(l.status)) {
                throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "线索已转化",
                        Map.of("customer_id", String.valueOf(l.customerId)));
            }
            if (LeadStatus.LOST.equals(l.status)) {
                throw new ConflictException("已流失的线索不能转化");
            }
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            LeadConversion c = conversions.findById(leadId).orElse(null);
            if (c == null) {
                c = new LeadConversion();
                c.leadId = leadId;
                c.idempotencyKey = UUID.randomUUID().toString();
            } else if ("in_progress".equals(c.status) && c.startedAt.isAfter(now.minus(staleAfter))) {
                throw new ConflictException("线索正在转化中，请稍后再试");
            }
            c.status = "in_progress";
            c.startedAt = now;
            c.finishedAt = null;
            conversions.saveAndFlush(c);
            return new Started(leadId, c.idempotencyKey, l.name, l.companyName, l.contactName, l.phone, l.email,
                    l.level, l.ownerUserId, l.organizationId);
        });
    }

    /** The remote step; on failure the conversion row is marked failed so the next request retries at once. */
    public ServiceManagement.Customer createCustomer(Started s, String customerName, String contactName) {
        Map<String, Object> body = new HashMap<>();
        body.put("idempotency_key", s.idempotencyKey());
        String name = customerName != null && !customerName.isBlank() ? customerName.trim()
                : s.companyName() != null ? s.companyName() : s.name();
        body.put("name", name);
        body.put("customer_type", s.companyName() != null ? "organization" : "individual");
        body.put("customer_source_type", "own");
        body.put("owner_user_id", s.ownerUserId() != null ? s.ownerUserId() : Scope.current().userId());
        body.put("level", s.level());
        body.put("description", "从线索转化：" + s.name());
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", contactName != null && !contactName.isBlank() ? contactName.trim()
                : s.contactName() != null ? s.contactName() : s.name());
        contact.put("phone", s.phone());
        contact.put("email", s.email());
        body.put("contact", contact);
        try {
            return serviceManagement.createCustomer(body);
        } catch (RuntimeException e) {
            tx.executeWithoutResult(st -> conversions.findById(s.leadId()).ifPresent(c -> {
                c.status = "failed";
                conversions.save(c);
            }));
            throw e;
        }
    }

    /** Marks the conversion done and the lead converted, in the caller's transaction. */
    public Lead finish(String leadId, String customerId) {
        Lead l = leads.lockById(leadId).orElseThrow(() -> new NotFoundException(LeadService.NOT_FOUND));
        LeadConversion c = conversions.findById(leadId).orElseThrow();
        c.status = "done";
        c.customerId = customerId;
        c.finishedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        conversions.save(c);
        l.converted(customerId, Scope.current().userId());
        leads.saveAndFlush(l);
        return l;
    }

    /** convert-to-customer: {@code {customer_id, customer}}. */
    public Map<String, Object> toCustomer(String leadId, String customerName, String contactName) {
        Started s = begin(leadId);
        ServiceManagement.Customer customer = createCustomer(s, customerName, contactName);
        tx.executeWithoutResult(st -> finish(leadId, customer.id()));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", customer.id());
        c.put("name", customer.name());
        c.put("level", customer.level());
        c.put("owner_user_id", customer.ownerUserId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customer_id", customer.id());
        out.put("customer", c);
        return out;
    }
}
