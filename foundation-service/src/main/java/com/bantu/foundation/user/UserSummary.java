package com.bantu.foundation.user;

/** The picker projection every staff member with {@code user.list} reads. */
public record UserSummary(String id, String username, String displayName) {

    static UserSummary of(User u) {
        return new UserSummary(u.getId(), u.username, u.displayName);
    }
}
