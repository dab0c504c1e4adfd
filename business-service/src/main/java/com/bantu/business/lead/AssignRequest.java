package com.bantu.business.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AssignRequest(@NotBlank @Size(min = 36, max = 36) String ownerUserId) {
}
