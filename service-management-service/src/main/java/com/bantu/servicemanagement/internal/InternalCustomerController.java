package com.bantu.servicemanagement.internal;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.Roles;
import com.bantu.servicemanagement.contact.ContactService;
import com.bantu.servicemanagement.contact.CreateContactRequest;
import com.bantu.servicemanagement.customer.CreateCustomerRequest;
import com.bantu.servicemanagement.customer.CustomerResponse;
import com.bantu.servicemanagement.customer.CustomerService;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers for other services (never routed by the gateway; SERVICE tokens or ADMIN): a customer's essentials by
 * id (business-service checks and snapshots the customer of an order), and creation of a customer with its primary
 * contact from a converted lead, idempotent on the caller's {@code idempotency_key}. Both answers carry the row's
 * {@code version}, the one the {@code customer.changed} events carry ({@link CustomerChangedV1}).
 */
@Hidden
@RestController
@RequestMapping("/internal/customers")
@PreAuthorize(Roles.INTERNAL)
public class InternalCustomerController {

    public record ContactPart(@Size(max = 255) String name, @Size(max = 50) String phone,
                              @Size(max = 255) @Email String email) {
    }

    public record CreateRequest(
            @NotBlank @Size(max = 64) String idempotencyKey,
            @NotBlank @Size(max = 255) String name,
            @Pattern(regexp = "^(individual|organization)$") String customerType,
            @Pattern(regexp = "^(own|agent)$") String customerSourceType,
            @Size(min = 36, max = 36) String ownerUserId,
            @Size(max = 50) String level,
            String description,
            @Valid ContactPart contact) {
    }

    private final CustomerService customers;
    private final Creator creator;

    public InternalCustomerController(CustomerService customers, Creator creator) {
        this.customers = customers;
        this.creator = creator;
    }

    /** The row's own fields only (no display names): see {@link CustomerService#essentials(String)}. */
    @GetMapping("/{id}")
    public ApiResponse<Map<String, Object>> get(@PathVariable String id) {
        CustomerService.Essentials c = customers.essentials(id);
        return ApiResponse.ok(essentials(c.id(), c.name(), c.code(), c.level(), c.ownerUserId(), c.version()));
    }

    @PostMapping
    public ApiResponse<Map<String, Object>> create(@Valid @RequestBody CreateRequest r) {
        try {
            return ApiResponse.ok(essentials(creator.create(r)));
        } catch (DataIntegrityViolationException e) {
            // a concurrent request with the same key won the insert: answer with its customer
            return ApiResponse.ok(essentials(customers.byIdempotencyKey(r.idempotencyKey()).orElseThrow(() -> e)));
        }
    }

    private static Map<String, Object> essentials(CustomerResponse c) {
        return essentials(c.id(), c.name(), c.code(), c.level(), c.ownerUserId(), c.version());
    }

    private static Map<String, Object> essentials(String id, String name, String code, String level, String owner,
                                                  Long version) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("name", name);
        out.put("code", code);
        out.put("level", level);
        out.put("owner_user_id", owner);
        out.put("version", version);
        return out;
    }

    /** Customer and its primary contact, in one transaction (see {@link #create(CreateRequest)}). */
    @Service
    public static class Creator {
        private final CustomerService customers;
        private final ContactService contacts;

        public Creator(CustomerService customers, ContactService contacts) {
            this.customers = customers;
            this.contacts = contacts;
        }

        /**
         * The customer and its primary contact commit together, so a concurrent request with the same key either
         * finds both or loses the customer's unique key (and creates no contact). The answer carries foundation's
         * names, fetched after the commit (no remote call inside a transaction). A repeated key returns the customer.
         */
        public CustomerResponse create(CreateRequest r) {
            CreateCustomerRequest req = new CreateCustomerRequest(null, r.name().trim(), null, r.level(), null, null,
                    null, null, r.description(), null, null, null, null, null, null, null, null, null,
                    r.customerSourceType() == null ? "own" : r.customerSourceType(),
                    r.customerType() == null ? "individual" : r.customerType(), r.ownerUserId(), null, null, null, null,
                    null);
            ContactPart c = r.contact();
            return customers.create(req, r.idempotencyKey(), customerId -> {
                if (c != null && c.name() != null && !c.name().isBlank()) {
                    String name = c.name().trim();
                    int cut = name.lastIndexOf(' ');
                    String first = cut > 0 ? name.substring(0, cut) : name;
                    String last = cut > 0 ? name.substring(cut + 1) : "";
                    contacts.create(new CreateContactRequest(customerId, first, last, c.email(), c.phone(), null, null,
                            null, true, null, null, null, null, null, null, null, null, null, null, null));
                }
            });
        }
    }
}
