package com.bantu.servicemanagement.customer;

import com.bantu.common.error.NotFoundException;
import com.bantu.common.security.CurrentUser;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents of a customer ({@code /customers/{id}/documents}). */
@Service
public class CustomerDocumentService {

    public static final String NOT_FOUND = "客户证件不存在";

    private final CustomerDocumentRepository documents;
    private final CustomerService customers;

    public CustomerDocumentService(CustomerDocumentRepository documents, CustomerService customers) {
        this.documents = documents;
        this.customers = customers;
    }

    @Transactional(readOnly = true)
    public List<CustomerDocumentResponse> list(String customerId) {
        customers.require(customerId);
        return documents.findByCustomerIdOrderByCreatedAtAscIdAsc(customerId).stream()
                .map(CustomerDocumentMapper::toResponse).toList();
    }

    @Transactional(readOnly = true)
    public CustomerDocumentResponse get(String customerId, String id) {
        customers.require(customerId);
        return CustomerDocumentMapper.toResponse(find(customerId, id));
    }

    @Transactional
    public CustomerDocumentResponse create(String customerId, CreateCustomerDocumentRequest body) {
        UpdateCustomerDocumentRequest r = body.asUpdate();
        Customer c = customers.require(customerId);
        CustomerDocument d = new CustomerDocument();
        d.customerId = customerId;
        d.customerName = c.getName();
        d.createdBy = CurrentUser.id();
        d.updatedBy = d.createdBy;
        apply(r, d);
        documents.saveAndFlush(d);
        return CustomerDocumentMapper.toResponse(d);
    }

    @Transactional
    public CustomerDocumentResponse update(String customerId, String id, UpdateCustomerDocumentRequest r) {
        customers.require(customerId);
        CustomerDocument d = find(customerId, id);
        d.updatedBy = CurrentUser.id();
        apply(r, d);
        documents.saveAndFlush(d);
        return CustomerDocumentMapper.toResponse(d);
    }

    @Transactional
    public void delete(String customerId, String id) {
        customers.require(customerId);
        documents.delete(find(customerId, id));
    }

    /** Marking a document verified records who verified it and when; un-verifying clears both. */
    private static void apply(UpdateCustomerDocumentRequest r, CustomerDocument d) {
        boolean wasVerified = d.isVerified;
        CustomerDocumentMapper.apply(r, d);
        if (d.isVerified && !wasVerified) {
            d.verifiedBy = CurrentUser.id();
            d.verifiedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        } else if (!d.isVerified) {
            d.verifiedBy = null;
            d.verifiedAt = null;
        }
    }

    private CustomerDocument find(String customerId, String id) {
        return documents.findById(id).filter(d -> d.customerId.equals(customerId))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
