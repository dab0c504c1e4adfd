package com.bantu.servicemanagement.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** {@code followed_up_at} defaults to now; the author is the caller. */
public record FollowUpRequest(
        @NotBlank String content,
        @Size(max = 50) String followUpType,
        LocalDateTime followedUpAt,
        LocalDateTime nextFollowUpAt) {
}
