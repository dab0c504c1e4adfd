package com.bantu.foundation.auth;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.security.CurrentUser;
import com.bantu.foundation.auth.AuthDtos.LoginRequest;
import com.bantu.foundation.auth.AuthDtos.LogoutRequest;
import com.bantu.foundation.auth.AuthDtos.RefreshRequest;
import com.bantu.foundation.auth.AuthDtos.TokenResponse;
import com.bantu.foundation.auth.AuthDtos.UserInfo;
import io.swagger.v3.oas.annotations.tags.Tag;
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
    private final PasswordCheckBulkhead passwordChecks;

    public AuthController(AuthService service, PasswordCheckBulkhead passwordChecks) {
        this.service = service;
        this.passwordChecks = passwordChecks;
    }

    @PostMapping("/login")
    public ApiResponse<TokenResponse> login(@Valid @RequestBody LoginRequest req) {
        // the permit is taken outside the login's transaction: a queued login holds no database connection
        return ApiResponse.ok("登录成功", passwordChecks.run(() -> service.login(req.email(), req.password())));
    }

    @PostMapping("/refresh")
    public ApiResponse<TokenResponse> refresh(@Valid @RequestBody RefreshRequest req) {
        return ApiResponse.ok(service.refresh(req.refreshToken()));
    }

    @PostMapping("/logout")
    public ApiResponse<Void> logout(@RequestBody(required = false) LogoutRequest req) {
        service.logout(CurrentUser.get(), req == null ? null : req.refreshToken());
        return ApiResponse.ok("已退出登录", null);
    }

    @GetMapping("/user-info")
    public ApiResponse<UserInfo> userInfo() {
        return ApiResponse.ok(service.userInfo(CurrentUser.id()));
    }
}
