package com.bantu.finance.collection;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record CreateRequest(@Size(max = 36) String paymentStageId,
                            @Pattern(regexp = "manual|auto", message = "must be manual or auto") String taskType,
                            LocalDate dueDate,
                            @Size(max = 5000) String notes,
                            @Size(max = 36) String assignedToUserId) {
}
