package com.bantu.servicemanagement.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

public final class FollowUpDtos {

    private FollowUpDtos() {
    }

    /** {@code followed_up_at} defaults to now; the author is the caller. */
    public record FollowUpRequest(
            @NotBlank String content,
            @Size(max = 50) String followUpType,
            LocalDateTime followedUpAt,
            LocalDateTime nextFollowUpAt) {
    }

    public record FollowUpResponse(String id, String customerId, String serviceRecordId, String followUpType,
                                   String content, String authorId, String authorName, LocalDateTime followedUpAt,
                                   LocalDateTime nextFollowUpAt, LocalDateTime createdAt) {

        static FollowUpResponse of(FollowUp f) {
            return new FollowUpResponse(f.getId(), f.customerId, f.serviceRecordId, f.followUpType, f.content,
                    f.authorId, f.authorName, f.followedUpAt, f.nextFollowUpAt, f.getCreatedAt());
        }
    }
}
