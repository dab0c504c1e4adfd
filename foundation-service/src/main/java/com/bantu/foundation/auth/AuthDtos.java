package com.bantu.foundation.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

public final class AuthDtos {

    private AuthDtos() {
    }

    public record LoginRequest(@NotBlank @Email String email, @NotBlank String password) {
        @Override
        public String toString() {
            return "LoginRequest[email=" + email + ", password=***]";
        }
    }

    public record RefreshRequest(@NotBlank String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    public record LogoutRequest(String refreshToken) {
        @Override
        public String toString() {
            return "LogoutRequest[***]";
        }
    }

    /** {@code expires_in} is in milliseconds, as the original sent it. */
    public record TokenResponse(String token, String refreshToken, long expiresIn, UserInfo user) {
    }

    public record UserInfo(String id, String username, String email, String displayName,
                           String primaryOrganizationId, String primaryOrganizationName,
                           List<String> organizationIds, List<String> roles, List<String> permissions) {
    }
}
