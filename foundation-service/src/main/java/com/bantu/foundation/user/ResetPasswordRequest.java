package com.bantu.foundation.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ResetPasswordRequest(@NotBlank @Size(min = 8, max = 72) @PasswordBytes String newPassword) {
    @Override
    public String toString() {
        return "ResetPasswordRequest[***]";
    }
}
