package com.bantu.foundation.auth;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.CurrentUser;
import com.bantu.foundation.auth.AuthDtos.LoginRequest;
import com.bantu.foundation.auth.AuthDtos.LogoutRequest;
import com.bantu.foundation.auth.AuthDtos.RefreshRequest;
import com.bantu.foundation.auth.AuthDtos.TokenResponse;
import com.bantu.foundation.auth.AuthDtos.UserInfo;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "auth")
@RestController
@RequestMapping("/api/foundation/auth")
public class AuthController {

    private final AuthService service;

    public AuthController(AuthService service) {
        this.service = service;
    }

    @PostMapping("/login")
    public ApiResponse<TokenResponse> login(@Valid @RequestBody LoginRequest req, HttpServletRequest request) {
        return ApiResponse.ok("登录成功", service.login(req.email(), req.password(), ClientAddress.of(request)));
    }

    @PostMapping("/refresh")
    public ApiResponse<TokenResponse> refresh(@Valid @RequestBody RefreshRequest req) {
        return ApiResponse.ok(service.refresh(req.refreshToken()));
    }

    @PostMapping("/logout")
    public ApiResponse<Void> logout(@RequestBody(required = false) LogoutRequest req) {
        // the body's refresh_token is accepted for compatibility; logout ends every token of the user anyway
        service.logout(CurrentUser.get());
        return ApiResponse.ok("已退出登录", null);
    }

    @GetMapping("/user-info")
    public ApiResponse<UserInfo> userInfo() {
        return ApiResponse.ok(service.userInfo(CurrentUser.id()));
    }
}
