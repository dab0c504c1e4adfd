package com.bantu.servicemanagement.servicetype;

import com.bantu.common.api.ItemsPage;
import com.bantu.common.api.PageQuery;
import com.bantu.common.api.QueryParams;
import com.bantu.common.error.ConflictException;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.persistence.Specs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ServiceTypeService {

    public static final String NOT_FOUND = "服务类型不存在";
    private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name",
            "display_order", "displayOrder", "created_at", "createdAt", "updated_at", "updatedAt");

    private final ServiceTypeRepository types;
    private final JdbcTemplate jdbc;

    public ServiceTypeService(ServiceTypeRepository types, JdbcTemplate jdbc) {
        this.types = types;
        this.jdbc = jdbc;
    }

    public record Filter(String code, String name, Boolean isActive) {
    }

    @Transactional(readOnly = true)
    public ItemsPage<ServiceTypeResponse> list(Filter f, PageQuery page, String sortBy, String sortOrder) {
        Sort sort = QueryParams.sort(sortBy, sortOrder, SORTS, Sort.by("displayOrder", "code"));
        Specification<ServiceType> spec = Specification.allOf(Specs.eq("code", f.code()),
                Specs.contains("name", f.name()), Specs.eq("active", f.isActive()));
        return ItemsPage.of(types.findAll(spec, page.toPageable(sort)), page, ServiceTypeMapper::toResponse);
    }

    @Transactional(readOnly = true)
    public ServiceTypeResponse get(String id) {
        return ServiceTypeMapper.toResponse(types.getOrThrow(id, NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public ServiceTypeResponse byCode(String code) {
        return ServiceTypeMapper.toResponse(types.findByCode(code).orElseThrow(() -> new NotFoundException(NOT_FOUND)));
    }

    @Transactional
    public ServiceTypeResponse create(CreateServiceTypeRequest body) {
        UpdateServiceTypeRequest r = body.asUpdate();
        String code = r.code().trim();
        if (types.existsByCode(code)) {
            throw new ConflictException("服务类型编码 " + code + " 已存在");
        }
        ServiceType t = new ServiceType();
        t.code = code;
        ServiceTypeMapper.apply(r, t);
        types.saveAndFlush(t);
        return ServiceTypeMapper.toResponse(t);
    }

    @Transactional
    public ServiceTypeResponse update(String id, UpdateServiceTypeRequest r) {
        ServiceType t = types.getOrThrow(id, NOT_FOUND);
        if (r.code() != null && !r.code().trim().equals(t.code)) {
            if (types.existsByCode(r.code().trim())) {
                throw new ConflictException("服务类型编码 " + r.code().trim() + " 已存在");
            }
            t.code = r.code().trim();
        }
        ServiceTypeMapper.apply(r, t);
        types.saveAndFlush(t);
        return ServiceTypeMapper.toResponse(t);
    }

    /** Deleting is refused while products or service records use the type (deactivate it instead). */
    @Transactional
    public void delete(String id) {
        ServiceType t = types.getOrThrow(id, NOT_FOUND);
        Integer used = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM products WHERE service_type_id = ?)"
                + " + (SELECT COUNT(*) FROM service_records WHERE service_type_id = ?)", Integer.class, id, id);
        if (used != null && used > 0) {
            throw new ConflictException("服务类型仍被 " + used + " 条产品或服务记录使用，不可删除");
        }
        types.delete(t);
    }

    @Transactional(readOnly = true)
    public Map<String, String> names(List<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return new HashMap<>();
        }
        return types.findAllById(wanted).stream()
                .collect(Collectors.toMap(ServiceType::getId, ServiceType::getName, (a, b) -> a));
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return types.existsById(id);
    }
}
