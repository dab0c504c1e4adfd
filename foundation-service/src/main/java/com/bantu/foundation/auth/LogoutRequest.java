package com.bantu.foundation.auth;

public record LogoutRequest(String refreshToken) {
    @Override
    public String toString() {
        return "LogoutRequest[***]";
    }
}
