package com.bantu.servicemanagement.followup;

import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * {@code follow_up_date} and {@code followed_up_at} are the same field (the current web client sends the first, the
 * seed-era one the second; default now); {@code content} is optional but an entry needs a content or a type. The
 * author is the caller.
 */
public record FollowUpRequest(
        String content,
        @Size(max = 50) String followUpType,
        LocalDateTime followedUpAt,
        LocalDateTime nextFollowUpAt,
        LocalDateTime followUpDate,
        @Size(max = 50) String statusBefore,
        @Size(max = 50) String statusAfter) {

    /** When the contact happened, whichever name the client used. */
    LocalDateTime when() {
        return followUpDate != null ? followUpDate : followedUpAt;
    }
}
