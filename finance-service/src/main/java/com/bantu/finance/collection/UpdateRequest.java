package com.bantu.finance.collection;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record UpdateRequest(@Pattern(regexp = "pending|in_progress|completed|cancelled",
                                    message = "must be one of pending, in_progress, completed, cancelled")
                            String status,
                            LocalDate dueDate,
                            @Size(max = 5000) String notes,
                            @Size(max = 36) String assignedToUserId) {
}
