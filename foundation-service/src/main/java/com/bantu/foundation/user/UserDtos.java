package com.bantu.foundation.user;

import com.bantu.foundation.role.RoleDtos.RoleInfo;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

public final class UserDtos {

    private UserDtos() {
    }

    static final String GENDERS = "^(male|female|other)$";

    public record CreateUserRequest(
            @NotBlank @Size(min = 3, max = 50) String username,
            @NotBlank @Email @Size(max = 255) String email,
            @NotBlank @Size(min = 8, max = 72) @PasswordBytes String password,
            @NotBlank String organizationId,
            @Size(max = 50) String phone,
            @Size(max = 255) String displayName,
            @Size(max = 500) String avatarUrl,
            String bio,
            @Pattern(regexp = GENDERS, message = "must be one of male, female, other") String gender,
            String address,
            @Size(max = 50) String contactPhone,
            @Size(max = 50) String whatsapp,
            @Size(max = 100) String wechat,
            List<@NotBlank String> roleIds,
            Boolean isActive,
            Boolean autoCreateEmployee) {

        @Override
        public String toString() {
            return "CreateUserRequest[username=" + username + ", email=" + email + ", password=***]";
        }
    }

    public record UpdateUserRequest(
            @Email @Size(max = 255) String email,
            @Size(max = 50) String phone,
            @Size(max = 255) String displayName,
            @Size(max = 500) String avatarUrl,
            String bio,
            @Pattern(regexp = GENDERS, message = "must be one of male, female, other") String gender,
            String address,
            @Size(max = 50) String contactPhone,
            @Size(max = 50) String whatsapp,
            @Size(max = 100) String wechat,
            List<@NotBlank String> roleIds,
            Boolean isActive,
            String organizationId) {
    }

    public record ChangePasswordRequest(@NotBlank String oldPassword,
                                        @NotBlank @Size(min = 8, max = 72) @PasswordBytes String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[***]";
        }
    }

    public record ResetPasswordRequest(@NotBlank @Size(min = 8, max = 72) @PasswordBytes String newPassword) {
        @Override
        public String toString() {
            return "ResetPasswordRequest[***]";
        }
    }

    /** The picker projection every staff member with {@code user.list} reads. */
    public record UserSummary(String id, String username, String displayName) {

        static UserSummary of(User u) {
            return new UserSummary(u.getId(), u.username, u.displayName);
        }
    }

    public record UserResponse(String id, String username, String email, String phone, String displayName,
                               String avatarUrl, String bio, String gender, String address, String contactPhone,
                               String whatsapp, String wechat, String primaryOrganizationId,
                               String primaryOrganizationName, boolean isActive, LocalDateTime lastLoginAt,
                               List<RoleInfo> roles, LocalDateTime deletedAt, LocalDateTime createdAt,
                               LocalDateTime updatedAt) {

        static UserResponse of(User u, String orgId, String orgName) {
            return new UserResponse(u.getId(), u.username, u.email, u.phone, u.displayName, u.avatarUrl, u.bio,
                    u.gender, u.address, u.contactPhone, u.whatsapp, u.wechat, orgId, orgName, u.isActive(),
                    u.lastLoginAt, u.roles.stream().map(RoleInfo::of).toList(), u.getDeletedAt(), u.getCreatedAt(),
                    u.getUpdatedAt());
        }
    }
}
