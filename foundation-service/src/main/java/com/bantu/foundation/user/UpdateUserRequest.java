package com.bantu.foundation.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record UpdateUserRequest(
        @Email @Size(max = 255) String email,
        @Size(max = 50) String phone,
        @Size(max = 255) String displayName,
        @Size(max = 500) String avatarUrl,
        String bio,
        @Pattern(regexp = CreateUserRequest.GENDERS, message = "must be one of male, female, other") String gender,
        String address,
        @Size(max = 50) String contactPhone,
        @Size(max = 50) String whatsapp,
        @Size(max = 100) String wechat,
        List<@NotBlank String> roleIds,
        Boolean isActive,
        String organizationId) {
}
