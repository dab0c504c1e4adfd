package com.bantu.foundation.audit;

import com.bantu.common.audit.AuditEvent;
import com.bantu.common.audit.AuditFilter;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.web.RequestIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * LOGIN (success and failed, with the e-mail tried as {@code request_params}), REFRESH (a refresh token exchanged
 * for new tokens, success and refused) and LOGOUT records, written by the auth endpoints themselves: the AuditFilter
 * leaves {@code /api/foundation/auth/**} alone, since a login or a refresh has no access token and a failed one may
 * have no user. The password and the tokens are never part of the record. Recording never fails a login or a
 * refresh.
 */
@Service
public class AuthAudit {

    private static final Logger log = LoggerFactory.getLogger(AuthAudit.class);

    private final LocalAuditRecorder recorder;
    private final String service;

    public AuthAudit(LocalAuditRecorder recorder,
                     @Value("${spring.application.name:foundation-service}") String service) {
        this.recorder = recorder;
        this.service = service;
    }

    /** A successful login of {@code who} (the identity just issued). */
    public void login(BantuPrincipal who, String email, HttpServletRequest request, long startedNanos) {
        record(AuditEvent.of(who, "LOGIN", "user", who.userId()), email, request, startedNanos, null,
                who.username());
    }

    /** A refused login: no user is known, only the e-mail tried. */
    public void loginFailed(String email, String reason, HttpServletRequest request, long startedNanos) {
        record(AuditEvent.of(null, "LOGIN", "user", null), email, request, startedNanos,
                reason == null ? "login failed" : reason, null);
    }

    /** A refresh token exchanged: {@code who} is the identity the new tokens were issued to. */
    public void refresh(BantuPrincipal who, HttpServletRequest request, long startedNanos) {
        record(AuditEvent.of(who, "REFRESH", "user", who.userId()), null, request, startedNanos, null,
                who.username());
    }

    /**
     * A refused refresh (bad, expired, reused or revoked token, or an account no longer allowed in): the user the token
     * named when its signature was valid ({@code userId}, else null), never the token itself.
     */
    public void refreshFailed(String userId, String reason, HttpServletRequest request, long startedNanos) {
        AuditEvent base = new AuditEvent(null, userId, null, null, "REFRESH", "user", userId, null, null, null, null,
                null, null, null, null, null, null, null, AuditEvent.SUCCESS, null, null, null);
        record(base, null, request, startedNanos, reason == null ? "refresh refused" : reason, null);
    }

    public void logout(BantuPrincipal who, HttpServletRequest request, long startedNanos) {
        record(AuditEvent.of(who, "LOGOUT", "user", who.userId()), null, request, startedNanos, null,
                who.username());
    }

    private void record(AuditEvent base, String email, HttpServletRequest request, long startedNanos, String error,
                        String name) {
        try {
            Map<String, Object> params = null;
            if (email != null) {
                params = new LinkedHashMap<>();
                params.put("email", email);
            }
            int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - startedNanos) / 1_000_000);
            String ip = request.getHeader(AuditFilter.CLIENT_IP_HEADER);
            AuditEvent e = new AuditEvent(base.id(), base.userId(), base.username(), base.organizationId(),
                    base.action(), base.resourceType(), base.resourceId(), name, "user_management", null, null,
                    params, request.getMethod(), request.getRequestURI(), RequestIdFilter.current(),
                    ip != null && !ip.isBlank() ? ip.trim() : request.getRemoteAddr(), request.getHeader("User-Agent"),
                    null, AuditEvent.SUCCESS, null, millis, service);
            recorder.record(error == null ? e : e.failed(error));
        } catch (RuntimeException ex) {
            log.warn("[AuthAudit] {} record not stored: {}", base.action(), ex.toString());
        }
    }
}
