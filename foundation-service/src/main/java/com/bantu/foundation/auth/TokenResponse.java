package com.bantu.foundation.auth;

/** {@code expires_in} is in milliseconds, as the original sent it. */
public record TokenResponse(String token, String refreshToken, long expiresIn, UserInfo user) {
}
