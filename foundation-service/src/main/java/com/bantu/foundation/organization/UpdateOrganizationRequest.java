package com.bantu.foundation.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

public record UpdateOrganizationRequest(
        @Size(min = 1, max = 500) String name,
        @Size(min = 1, max = 255) String code,
        @Email @Size(max = 255) String email,
        @Size(max = 50) String phone,
        @Size(max = 255) String website,
        @Size(max = 500) String logoUrl,
        String description,
        @Size(min = 36, max = 36) String parentId,
        Boolean isActive,
        Boolean isLocked) {
}
