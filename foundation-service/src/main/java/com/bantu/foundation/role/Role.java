package com.bantu.foundation.role;

import com.bantu.common.persistence.BaseEntity;
import com.bantu.foundation.permission.Permission;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A role: its permissions and data scope. Fields are package-private: the role package writes them (through
 * {@link #describe}, {@link #changeDataScope} and {@link #replacePermissions}); other packages read through the
 * getters.
 */
@Entity
@Table(name = "roles")
public class Role extends BaseEntity {

    /** Roles the original seeded; they cannot be deleted. */
    public static final List<String> PRESET = List.of("ADMIN", "SALES", "FINANCE", "OPERATION", "AGENT");
    public static final String ADMIN = "ADMIN";
    /** Data scopes, narrowest first. */
    public static final List<String> SCOPES = List.of("own", "org", "org_and_children", "all");

    @Column(nullable = false, updatable = false, length = 50)
    String code;

    @Column(nullable = false)
    String name;

    String description;
    String nameZh;
    String nameId;
    String descriptionZh;
    String descriptionId;

    @Column(nullable = false, length = 30)
    String dataScope = "own";

    /** Granted permissions (table role_permissions). ADMIN's effective set is every active permission regardless. */
    @ManyToMany
    @JoinTable(name = "role_permissions", joinColumns = @JoinColumn(name = "role_id"),
            inverseJoinColumns = @JoinColumn(name = "permission_id"))
    Set<Permission> permissions = new LinkedHashSet<>();

    public String getCode() {
        return code;
    }


    public String getName() {
        return name;
    }


    public String getDescription() {
        return description;
    }


    public String getNameZh() {
        return nameZh;
    }

    public String getNameId() {
        return nameId;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public String getDescriptionId() {
        return descriptionId;
    }

    /** Name and description; the bilingual variants change only when sent. */
    void describe(String name, String description, String nameZh, String nameId, String descriptionZh,
                  String descriptionId) {
        this.name = name;
        this.description = description;
        applyBilingual(nameZh, nameId, descriptionZh, descriptionId);
    }

    private void applyBilingual(String nameZh, String nameId, String descriptionZh, String descriptionId) {
        if (nameZh != null) {
            this.nameZh = nameZh;
        }
        if (nameId != null) {
            this.nameId = nameId;
        }
        if (descriptionZh != null) {
            this.descriptionZh = descriptionZh;
        }
        if (descriptionId != null) {
            this.descriptionId = descriptionId;
        }
    }

    public String getDataScope() {
        return dataScope;
    }

    void changeDataScope(String dataScope) {
        this.dataScope = dataScope;
    }

    public Set<Permission> getPermissions() {
        return permissions;
    }

    void replacePermissions(Set<Permission> permissions) {
        this.permissions = new LinkedHashSet<>(permissions);
    }

    public boolean isAdmin() {
        return ADMIN.equals(code);
    }
}
