package com.bantu.foundation.auth;

import com.bantu.common.error.ApiException;
import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.UnauthorizedException;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.InvalidTokenException;
import com.bantu.common.security.JwtService;
import com.bantu.common.security.TokenRevocationStore;
import com.bantu.foundation.organization.Organization;
import com.bantu.foundation.organization.OrganizationDirectoryService;
import com.bantu.foundation.permission.PermissionAliases;
import com.bantu.foundation.role.Role;
import com.bantu.foundation.role.RoleService;
import com.bantu.foundation.user.TokenVersionService;
import com.bantu.foundation.user.User;
import com.bantu.foundation.user.UserDirectoryService;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login by e-mail, refresh, logout.
 * <ul>
 *   <li>Login: unknown e-mail and wrong password answer the same 401; failures are counted per (e-mail, client
 *       address) for known and unknown e-mails alike ({@link LoginGuard}), and a locked pair answers the same 429
 *       whether or not the e-mail is an account.</li>
 *   <li>Refresh repeats every login check (user exists, active, not deleted, primary organization active and not
 *       locked, token version current) and is single-use: the token id is inserted into
 *       {@code consumed_refresh_tokens}, whose primary key lets exactly one of any number of parallel refreshes
 *       with the same token through.</li>
 *   <li>Logout revokes the access token and raises the user's token version: every access and refresh token of the
 *       user ends.</li>
 * </ul>
 * Tokens carry the token version ({@code tv}), effective permission codes ({@code perms}), the widest data scope of
 * the user's roles ({@code scope}) and the organizations an org-type scope covers ({@code scope_orgs}).
 */
@Service
public class AuthService {

    static final String BAD_CREDENTIALS = "邮箱或密码错误";
    static final String LOCKED = "登录失败次数过多，请稍后再试";
    static final String BAD_REFRESH = "无效的刷新令牌";

    private final UserDirectoryService users;
    private final OrganizationDirectoryService organizations;
    private final RoleService roles;
    private final TokenVersionService tokenVersions;
    private final LoginGuard guard;
    private final PasswordEncoder encoder;
    private final JwtService jwt;
    private final TokenRevocationStore revocations;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final String dummyHash;
    private final AtomicInteger refreshes = new AtomicInteger();

    public AuthService(UserDirectoryService users, OrganizationDirectoryService organizations, RoleService roles,
                       TokenVersionService tokenVersions, LoginGuard guard, PasswordEncoder encoder, JwtService jwt,
                       TokenRevocationStore revocations, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.users = users;
        this.organizations = organizations;
        this.roles = roles;
        this.tokenVersions = tokenVersions;
        this.guard = guard;
        this.encoder = encoder;
        this.jwt = jwt;
        this.revocations = revocations;
        this.jdbc = jdbc;
        this.tx = tx;
        this.dummyHash = encoder.encode("timing-equaliser-not-a-password");
    }

    public TokenResponse login(String email, String password, String clientAddress) {
        String account = LoginGuard.account(email);
        String client = LoginGuard.client(clientAddress);
        if (guard.isLocked(account, client)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, LOCKED);
        }
        User u = users.byEmail(email.trim()).orElse(null);
        boolean ok = u != null && u.getPasswordHash() != null && encoder.matches(password, u.getPasswordHash());
        if (u == null) {
            encoder.matches(password, dummyHash);
        }
        if (!ok) {
            countFailure(account, client);
            throw new UnauthorizedException(BAD_CREDENTIALS);
        }
        String userId = u.getId();
        TokenResponse tokens = tx.execute(status -> loggedIn(userId));
        guard.succeeded(account, client);
        return tokens;
    }

    /** A failed login; a lock conflict between parallel failures is retried (it must never become a 500). */
    private void countFailure(String account, String client) {
        for (int attempt = 1; ; attempt++) {
            try {
                guard.failed(account, client);
                return;
            } catch (PessimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** After the password matched: the account checks, last login, tokens (one transaction). */
    private TokenResponse loggedIn(String userId) {
        User u = users.byId(userId).orElseThrow(() -> new UnauthorizedException(BAD_CREDENTIALS));
        Organization org = checkAccount(u);
        users.recordLogin(u);
        tokenVersions.republish(u.getId(), u.getTokenVersion());
        return tokens(u, org);
    }

    /** The checks login and refresh share: user active and not deleted, primary organization usable. */
    private Organization checkAccount(User u) {
        if (!u.isActive() || u.isDeleted()) {
            throw new ForbiddenException("用户未激活");
        }
        Organization org = organizations.primaryOf(u.getId()).orElseThrow(() -> new NotFoundException("组织不存在"));
        if (org.isLocked()) {
            throw new ForbiddenException("组织已锁定");
        }
        if (!org.isActive() || org.isDeleted()) {
            throw new ForbiddenException("组织未激活");
        }
        return org;
    }

    @Transactional
    public TokenResponse refresh(String refreshToken) {
        BantuPrincipal p;
        try {
            p = jwt.verifyRefresh(refreshToken);
        } catch (InvalidTokenException e) {
            throw new UnauthorizedException(BAD_REFRESH);
        }
        if (revocations.isRevoked(p.jti())) {
            throw new UnauthorizedException(BAD_REFRESH);
        }
        consume(p);
        User u = users.byId(p.userId()).orElseThrow(() -> new UnauthorizedException(BAD_REFRESH));
        if (p.tokenVersion() < u.getTokenVersion()) {
            throw new UnauthorizedException(BAD_REFRESH);
        }
        Organization org = checkAccount(u);
        return tokens(u, org);
    }

    /**
     * The user a refresh token names when its signature and type are valid (for the audit record of a refused
     * refresh: reused, revoked, account no longer allowed in), else null.
     */
    public String refreshTokenUser(String refreshToken) {
        try {
            return jwt.verifyRefresh(refreshToken).userId();
        } catch (RuntimeException e) { // InvalidTokenException and anything else: no user to name
            return null;
        }
    }

    /** Marks the refresh token used; a second use (even a parallel one) is a 401. */
    private void consume(BantuPrincipal p) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        try {
            jdbc.update("INSERT INTO consumed_refresh_tokens (jti, user_id, expires_at, consumed_at) VALUES (?, ?, ?, ?)",
                    p.jti(), p.userId(), Timestamp.from(p.expiresAt()), Timestamp.valueOf(now));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            throw new UnauthorizedException(BAD_REFRESH);
        }
        if (refreshes.incrementAndGet() % 1000 == 0) {
            jdbc.update("DELETE FROM consumed_refresh_tokens WHERE expires_at < ?", Timestamp.valueOf(now));
        }
    }

    /**
     * Ends every session of the user (all access and refresh tokens: the token version rises in the database first)
     * and revokes the access token; a revocation store that cannot be written fails the call loudly.
     */
    public void logout(BantuPrincipal access) {
        tokenVersions.endSessions(access.userId());
        revocations.revoke(access.jti(), access.expiresAt());
    }

    /** Lifts every login lock of an e-mail (an admin reset the account's password). */
    public void clearLockout(String email) {
        guard.clear(LoginGuard.account(email));
    }

    @Transactional(readOnly = true)
    public UserInfo userInfo(String userId) {
        User u = users.byId(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        Organization org = organizations.primaryOf(u.getId()).orElse(null);
        return info(u, org, roles.access(u.getRoles()));
    }

    private TokenResponse tokens(User u, Organization org) {
        RoleService.Access access = roles.access(u.getRoles());
        UserInfo info = info(u, org, access);
        List<String> scopeOrgs = org == null || access.dataScope() == null ? List.of() : switch (access.dataScope()) {
            case "org" -> List.of(org.getId());
            case "org_and_children" -> organizations.withDescendants(org.getId());
            default -> List.of();
        };
        var subject = new JwtService.Subject(u.getId(), u.getUsername(), u.getEmail(), info.roles(),
                info.primaryOrganizationId(), u.getTokenVersion(), access.codes(), access.dataScope(), scopeOrgs);
        var accessToken = jwt.issueAccess(subject);
        var refresh = jwt.issueRefresh(subject);
        return new TokenResponse(accessToken.token(), refresh.token(), jwt.accessTtl().toMillis(), info);
    }

    private UserInfo info(User u, Organization org, RoleService.Access access) {
        List<String> roleCodes = u.getRoles().stream().map(Role::getCode).sorted().toList();
        return new UserInfo(u.getId(), u.getUsername(), u.getEmail(), u.getDisplayName(),
                org == null ? null : org.getId(), org == null ? null : org.getName(),
                organizations.organizationIds(u.getId()), roleCodes, PermissionAliases.withAliases(access.codes()));
    }
}
