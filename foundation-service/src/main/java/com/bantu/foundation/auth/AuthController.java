package com.bantu.foundation.auth;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.ApiException;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.CurrentUser;
import com.bantu.common.security.JwtService;
import com.bantu.foundation.audit.AuthAudit;
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
    private final AuthAudit audit;
    private final PasswordCheckBulkhead passwordChecks;

    public AuthController(AuthService service, AuthAudit audit, PasswordCheckBulkhead passwordChecks) {
        this.service = service;
        this.audit = audit;
        this.passwordChecks = passwordChecks;
    }

    /** Audited here (success and refusal, with the e-mail tried), not by the AuditFilter: there is no token yet. */
    @PostMapping("/login")
    public ApiResponse<TokenResponse> login(@Valid @RequestBody LoginRequest req, HttpServletRequest http) {
        long started = System.nanoTime();
        TokenResponse tokens;
        try {
            // the permit is taken outside the login's transaction: a queued login holds no database connection
            String client = ClientAddress.of(http);
            tokens = passwordChecks.run(() -> service.login(req.email(), req.password(), client));
        } catch (RuntimeException e) {
            audit.loginFailed(req.email(), e instanceof ApiException ? e.getMessage() : "login failed", http,
                    started);
            throw e;
        }
        UserInfo u = tokens.user();
        audit.login(new BantuPrincipal(u.id(), u.username(), u.email(), u.roles(), u.primaryOrganizationId(), null,
                null, JwtService.TYPE_ACCESS), req.email(), http, started);
        return ApiResponse.ok("登录成功", tokens);
    }

    /** Audited here like login (success and refusal, never the token): there is no access token to name the caller. */
    @PostMapping("/refresh")
    public ApiResponse<TokenResponse> refresh(@Valid @RequestBody RefreshRequest req, HttpServletRequest http) {
        long started = System.nanoTime();
        TokenResponse tokens;
        try {
            tokens = service.refresh(req.refreshToken());
        } catch (RuntimeException e) {
            audit.refreshFailed(service.refreshTokenUser(req.refreshToken()),
                    e instanceof ApiException ? e.getMessage() : "refresh refused", http, started);
            throw e;
        }
        UserInfo u = tokens.user();
        audit.refresh(new BantuPrincipal(u.id(), u.username(), u.email(), u.roles(), u.primaryOrganizationId(), null,
                null, JwtService.TYPE_ACCESS), http, started);
        return ApiResponse.ok(tokens);
    }

    @PostMapping("/logout")
    public ApiResponse<Void> logout(@RequestBody(required = false) LogoutRequest req, HttpServletRequest http) {
        long started = System.nanoTime();
        // the body's refresh_token is accepted for compatibility; logout ends every token of the user anyway
        service.logout(CurrentUser.get());
        audit.logout(CurrentUser.get(), http, started);
        return ApiResponse.ok("已退出登录", null);
    }

    @GetMapping("/user-info")
    public ApiResponse<UserInfo> userInfo() {
        return ApiResponse.ok(service.userInfo(CurrentUser.id()));
    }
}
