package com.bantu.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Soft delete as the spec defines it: {@code is_active=false} plus {@code deleted_at}; restore undoes both. */
@MappedSuperclass
public abstract class SoftDeletableEntity extends BaseEntity {

    @Column(name = "is_active", nullable = false)
    protected boolean active = true;

    @Column(name = "deleted_at")
    protected LocalDateTime deletedAt;

    public void softDelete() {
        active = false;
        if (deletedAt == null) {
            deletedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        }
    }

    public void restore() {
        active = true;
        deletedAt = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public LocalDateTime getDeletedAt() {
        return deletedAt;
    }
}
