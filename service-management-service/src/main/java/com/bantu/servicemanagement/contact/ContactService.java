package com.bantu.servicemanagement.contact;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.common.scope.Owned;
import com.bantu.common.security.CurrentUser;
import com.bantu.servicemanagement.customer.Customer;
import com.bantu.servicemanagement.customer.CustomerService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts of customers. At most one contact per customer is primary: making a contact primary locks the customer
 * row, clears the old primary and sets the new one in the same transaction, so concurrent requests are serialized;
 * a unique key on {@code primary_customer_id} backs the rule in the database. A contact is in the caller's data scope
 * when its customer is (list, read, change and delete alike; outside it is a 404).
 */
@Service
public class ContactService {

    public static final String NOT_FOUND = "联系人不存在";
    static final Owned<Contact> SCOPE = Owned.<Contact>by().orParent("customerId", Customer.class,
            CustomerService.SCOPE);
    private static final Map<String, String> SORTS = Map.of("full_name", "fullName", "first_name", "firstName",
            "last_name", "lastName", "created_at", "createdAt", "updated_at", "updatedAt");

    private final ContactRepository contacts;
    private final CustomerService customers;

    public ContactService(ContactRepository contacts, CustomerService customers) {
        this.contacts = contacts;
        this.customers = customers;
    }

    public record Filter(String customerId, Boolean isPrimary, Boolean isActive) {
    }

    @Transactional(readOnly = true)
    public ItemsPage<ContactResponse> list(Filter f, PageQuery page, String sortBy, String sortOrder) {
        Sort fallback = Sort.by(Sort.Direction.DESC, "isPrimary").and(Sort.by("createdAt"));
        Sort sort = QueryParams.sort(sortBy, sortOrder, SORTS, fallback);
        Specification<Contact> spec = Specification.allOf(SCOPE.current(), Specs.eq("customerId", f.customerId()),
                Specs.eq("isPrimary", f.isPrimary()), Specs.eq("active", f.isActive()));
        Page<Contact> result = contacts.findAll(spec, page.toPageable(sort));
        Map<String, String> names = customers.names(result.getContent().stream().map(c -> c.customerId).toList());
        return ItemsPage.of(result, page, c -> ContactMapper.toResponse(c, names.get(c.customerId)));
    }

    /** {@code GET /contacts/customers/{customer_id}/contacts}: 404 when the customer does not exist. */
    @Transactional(readOnly = true)
    public ItemsPage<ContactResponse> byCustomer(String customerId, Boolean isPrimary, Boolean isActive,
                                                 PageQuery page) {
        customers.require(customerId);
        return list(new Filter(customerId, isPrimary, isActive), page, null, null);
    }

    @Transactional(readOnly = true)
    public ContactResponse get(String id) {
        return response(contacts.getOrThrow(id, SCOPE.current(), NOT_FOUND));
    }

    @Transactional
    public ContactResponse create(CreateContactRequest body) {
        UpdateContactRequest r = body.asUpdate();
        customers.requireActive(r.customerId(), "customer_id");
        if (Boolean.TRUE.equals(r.isPrimary())) {
            customers.lock(r.customerId());
            contacts.clearPrimary(r.customerId(), "");
        }
        Contact c = new Contact();
        ContactMapper.apply(r, c);
        c.setPrimary(Boolean.TRUE.equals(r.isPrimary()));
        c.fullName = (c.firstName + " " + c.lastName).trim();
        c.createdBy = CurrentUser.id();
        c.updatedBy = c.createdBy;
        contacts.saveAndFlush(c);
        return response(c);
    }

    @Transactional
    public ContactResponse update(String id, UpdateContactRequest r) {
        Contact c = contacts.getOrThrow(id, SCOPE.current(), NOT_FOUND);
        if (r.customerId() != null && !r.customerId().trim().equals(c.customerId)) {
            throw ValidationException.of("customer_id", "a contact cannot move to another customer");
        }
        if (Boolean.TRUE.equals(r.isPrimary())) {
            customers.lock(c.customerId);
            contacts.clearPrimary(c.customerId, c.getId());
            c = contacts.getOrThrow(id, NOT_FOUND);
        }
        ContactMapper.apply(r, c);
        if (r.isPrimary() != null) {
            c.setPrimary(r.isPrimary());
        }
        c.fullName = (c.firstName + " " + c.lastName).trim();
        c.updatedBy = CurrentUser.id();
        contacts.saveAndFlush(c);
        return response(c);
    }

    @Transactional
    public void delete(String id) {
        contacts.delete(contacts.getOrThrow(id, SCOPE.current(), NOT_FOUND));
    }

    /** The contact, which must belong to {@code customerId}; otherwise a 400 naming {@code field}. */
    @Transactional(readOnly = true)
    public Contact requireOf(String customerId, String contactId, String field) {
        Optional<Contact> c = contacts.findById(contactId);
        if (c.isEmpty() || !c.get().customerId.equals(customerId)) {
            throw ValidationException.of(field, "contact of this customer does not exist");
        }
        return c.get();
    }

    private ContactResponse response(Contact c) {
        return ContactMapper.toResponse(c, customers.names(List.of(c.customerId)).get(c.customerId));
    }
}
