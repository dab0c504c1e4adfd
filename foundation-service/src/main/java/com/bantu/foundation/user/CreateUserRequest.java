package com.bantu.foundation.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

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

    static final String GENDERS = "^(male|female|other)$";

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", email=" + email + ", password=***]";
    }
}
