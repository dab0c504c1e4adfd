package com.bantu.business.lead;

import jakarta.validation.constraints.Size;

public record DuplicateRequest(@Size(max = 255) String companyName, @Size(max = 50) String phone,
                               @Size(max = 255) String email, String excludeLeadId, Boolean exactMatch) {
}
