package com.bantu.foundation.role;

import com.bantu.common.persistence.BaseEntity;
import com.bantu.common.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "roles")
public class Role extends BaseEntity {

    /** Roles the original seeded; they cannot be deleted. */
    public static final List<String> PRESET = List.of("ADMIN", "SALES", "FINANCE", "OPERATION", "AGENT");

    @Column(nullable = false, updatable = false, length = 50)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    @Convert(converter = StringListConverter.class)
    private List<String> permissions = new ArrayList<>();

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions == null ? new ArrayList<>() : new ArrayList<>(permissions);
    }
}
