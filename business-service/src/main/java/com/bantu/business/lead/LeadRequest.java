package com.bantu.business.lead;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** Create (name required) and partial update; {@code customer_id} must stay null (conversion sets it). */
public record LeadRequest(
        @Size(min = 1, max = 255) String name,
        @Size(max = 255) String companyName,
        @Size(max = 255) String contactName,
        @Size(max = 50) String phone,
        @Size(max = 255) @Email String email,
        String address,
        String customerId,
        @Size(max = 36) String ownerUserId,
        @Size(max = 50) String status,
        @Size(max = 50) String level,
        LocalDateTime nextFollowUpAt,
        LocalDateTime lastFollowUpAt,
        Long version) {
}
