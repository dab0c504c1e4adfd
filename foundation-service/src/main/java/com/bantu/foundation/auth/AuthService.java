package com.bantu.foundation.auth;

import com.bantu.common.error.ForbiddenException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.UnauthorizedException;
import com.bantu.common.security.BantuPrincipal;
import com.bantu.common.security.InvalidTokenException;
import com.bantu.common.security.JwtService;
import com.bantu.common.security.TokenRevocationStore;
import com.bantu.foundation.auth.AuthDtos.TokenResponse;
import com.bantu.foundation.auth.AuthDtos.UserInfo;
import com.bantu.foundation.organization.Organization;
import com.bantu.foundation.organization.OrganizationEmployee;
import com.bantu.foundation.organization.OrganizationEmployeeRepository;
import com.bantu.foundation.organization.OrganizationRepository;
import com.bantu.foundation.role.Role;
import com.bantu.foundation.user.User;
import com.bantu.foundation.user.UserRepository;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login by e-mail, refresh (rotating: the old refresh token is revoked), logout (revokes the access token's
 * {@code jti} and, when given, the refresh token). Unknown e-mail and wrong password answer the same 401 so
 * accounts cannot be enumerated; five failures lock the account for fifteen minutes (configurable).
 */
@Service
public class AuthService {

    static final String BAD_CREDENTIALS = "邮箱或密码错误";
    static final String LOCKED = "登录失败次数过多，账户已临时锁定，请稍后再试";

    private final UserRepository users;
    private final OrganizationEmployeeRepository employees;
    private final OrganizationRepository orgs;
    private final PasswordEncoder encoder;
    private final JwtService jwt;
    private final TokenRevocationStore revocations;
    private final AuthProperties props;
    private final String dummyHash;

    public AuthService(UserRepository users, OrganizationEmployeeRepository employees, OrganizationRepository orgs,
                       PasswordEncoder encoder, JwtService jwt, TokenRevocationStore revocations,
                       AuthProperties props) {
        this.users = users;
        this.employees = employees;
        this.orgs = orgs;
        this.encoder = encoder;
        this.jwt = jwt;
        this.revocations = revocations;
        this.props = props;
        this.dummyHash = encoder.encode("timing-equaliser-not-a-password");
    }

    @Transactional(noRollbackFor = {UnauthorizedException.class, ForbiddenException.class, NotFoundException.class})
    public TokenResponse login(String email, String password) {
        User u = users.findByEmailIgnoreCase(email.trim()).orElse(null);
        if (u == null) {
            encoder.matches(password, dummyHash);
            throw new UnauthorizedException(BAD_CREDENTIALS);
        }
        if (u.isLockedOut()) {
            throw new ForbiddenException(LOCKED);
        }
        if (u.getPasswordHash() == null || !encoder.matches(password, u.getPasswordHash())) {
            u.loginFailed(props.lockout().maxFailures(), props.lockout().duration());
            users.save(u);
            throw new UnauthorizedException(BAD_CREDENTIALS);
        }
        OrganizationEmployee primary = employees.findFirstByUserIdAndPrimaryTrueAndActiveTrue(u.getId())
                .orElseThrow(() -> new NotFoundException("组织不存在"));
        Organization org = orgs.findById(primary.getOrganizationId())
                .orElseThrow(() -> new NotFoundException("组织不存在"));
        if (org.isLocked()) {
            throw new ForbiddenException("组织已锁定");
        }
        if (!org.isActive() || org.isDeleted()) {
            throw new ForbiddenException("组织未激活");
        }
        if (!u.isActive() || u.isDeleted()) {
            throw new ForbiddenException("用户未激活");
        }
        u.loginSucceeded();
        users.save(u);
        return tokens(u, org);
    }

    @Transactional(readOnly = true)
    public TokenResponse refresh(String refreshToken) {
        BantuPrincipal p;
        try {
            p = jwt.verifyRefresh(refreshToken);
        } catch (InvalidTokenException e) {
            throw new UnauthorizedException("无效的刷新令牌");
        }
        if (revocations.isRevoked(p.jti())) {
            throw new UnauthorizedException("无效的刷新令牌");
        }
        User u = users.findById(p.userId()).orElseThrow(() -> new UnauthorizedException("无效的刷新令牌"));
        if (!u.isActive() || u.isDeleted()) {
            throw new ForbiddenException("用户未激活");
        }
        Organization org = employees.findFirstByUserIdAndPrimaryTrueAndActiveTrue(u.getId())
                .flatMap(e -> orgs.findById(e.getOrganizationId())).orElse(null);
        revocations.revoke(p.jti(), p.expiresAt());
        return tokens(u, org);
    }

    public void logout(BantuPrincipal access, String refreshToken) {
        revocations.revoke(access.jti(), access.expiresAt());
        if (refreshToken != null && !refreshToken.isBlank()) {
            try {
                BantuPrincipal r = jwt.verifyRefresh(refreshToken);
                if (r.userId().equals(access.userId())) {
                    revocations.revoke(r.jti(), r.expiresAt());
                }
            } catch (InvalidTokenException ignored) {
                // an invalid refresh token is useless anyway; logout still succeeds
            }
        }
    }

    @Transactional(readOnly = true)
    public UserInfo userInfo(String userId) {
        User u = users.findById(userId).orElseThrow(() -> new NotFoundException("用户不存在"));
        Organization org = employees.findFirstByUserIdAndPrimaryTrueAndActiveTrue(u.getId())
                .flatMap(e -> orgs.findById(e.getOrganizationId())).orElse(null);
        return info(u, org);
    }

    private TokenResponse tokens(User u, Organization org) {
        UserInfo info = info(u, org);
        var subject = new JwtService.Subject(u.getId(), u.getUsername(), u.getEmail(), info.roles(),
                info.primaryOrganizationId());
        var access = jwt.issueAccess(subject);
        var refresh = jwt.issueRefresh(subject);
        return new TokenResponse(access.token(), refresh.token(), jwt.accessTtl().toMillis(), info);
    }

    private UserInfo info(User u, Organization org) {
        List<String> roles = u.getRoles().stream().map(Role::getCode).sorted().toList();
        Set<String> permissions = new LinkedHashSet<>();
        u.getRoles().stream().sorted(Comparator.comparing(Role::getCode))
                .forEach(r -> permissions.addAll(r.getPermissions()));
        List<String> orgIds = employees.findByUserIdAndActiveTrue(u.getId()).stream()
                .map(OrganizationEmployee::getOrganizationId).distinct().toList();
        return new UserInfo(u.getId(), u.getUsername(), u.getEmail(), u.getDisplayName(),
                org == null ? null : org.getId(), org == null ? null : org.getName(), orgIds, roles,
                List.copyOf(permissions));
    }
}
