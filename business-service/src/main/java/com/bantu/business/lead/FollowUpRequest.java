package com.bantu.business.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

public record FollowUpRequest(@NotBlank String followUpType, String content,
                              @NotNull LocalDateTime followUpDate, @Size(max = 50) String statusAfter,
                              LocalDateTime nextFollowUpAt) {
}
