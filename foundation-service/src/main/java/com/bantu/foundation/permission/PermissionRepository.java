package com.bantu.foundation.permission;

import com.bantu.common.persistence.BaseRepository;
import java.util.Collection;
import java.util.List;

public interface PermissionRepository extends BaseRepository<Permission> {

    boolean existsByCode(String code);

    List<Permission> findByIdIn(Collection<String> ids);

    List<Permission> findByCodeIn(Collection<String> codes);

    List<Permission> findByActiveOrderByResourceTypeAscDisplayOrderAscCodeAsc(boolean active);

    List<Permission> findByActiveAndResourceTypeOrderByDisplayOrderAscCodeAsc(boolean active, String resourceType);
}
