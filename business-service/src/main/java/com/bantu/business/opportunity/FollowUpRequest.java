package com.bantu.business.opportunity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

public record FollowUpRequest(@NotBlank String followUpType, String content,
                              @NotNull LocalDateTime followUpDate) {
}
