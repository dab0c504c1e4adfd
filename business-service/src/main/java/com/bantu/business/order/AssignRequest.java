package com.bantu.business.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AssignRequest(
        @NotBlank @Size(min = 36, max = 36) String assignedToUserId,
        @Size(max = 50) String assignmentType,
        String notes,
        @Size(max = 100) String stageTemplate) {
}
