package com.bantu.foundation.user;

import com.bantu.common.persistence.SoftDeletableEntity;
import com.bantu.foundation.role.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "users")
public class User extends SoftDeletableEntity {

    @Column(nullable = false, updatable = false)
    String username;
    String email;
    String phone;
    String displayName;
    String passwordHash;
    String avatarUrl;
    String bio;
    String gender;
    String address;
    String contactPhone;
    String whatsapp;
    String wechat;
    LocalDateTime lastLoginAt;
    int failedLoginCount;
    LocalDateTime lockedUntil;
    LocalDateTime passwordChangedAt;
    /** Raised in place by {@link TokenVersionService} only; JPA never writes it. */
    @Column(insertable = false, updatable = false)
    long tokenVersion;

    @ManyToMany
    @JoinTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    Set<Role> roles = new LinkedHashSet<>();

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A new password (hash): the change time is kept. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = LocalDateTime.now();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public long getTokenVersion() {
        return tokenVersion;
    }

    public void loginSucceeded() {
        failedLoginCount = 0;
        lockedUntil = null;
        lastLoginAt = LocalDateTime.now().withNano(0);
    }

    /** The name other services show for this user. */
    public String label() {
        return displayName != null && !displayName.isBlank() ? displayName : username;
    }
}
