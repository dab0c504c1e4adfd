package com.bantu.servicemanagement.followup;

/** Request → entity and entity → response for this feature, in one place. */
final class FollowUpMapper {

    private FollowUpMapper() {
    }

    static FollowUpResponse toResponse(FollowUp f) {
        return new FollowUpResponse(f.getId(), f.customerId, f.serviceRecordId, f.followUpType, f.content,
                f.authorId, f.authorName, f.followedUpAt, f.nextFollowUpAt, f.getCreatedAt(), f.followedUpAt,
                f.authorId, f.authorName, f.statusBefore, f.statusAfter, f.getUpdatedAt());
    }
}
