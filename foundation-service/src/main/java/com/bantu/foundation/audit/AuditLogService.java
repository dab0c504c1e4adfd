package com.bantu.foundation.audit;

import com.bantu.common.api.PageQuery;
import com.bantu.common.error.FieldError;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.foundation.audit.AuditLogDtos.AuditLogFilter;
import com.bantu.foundation.audit.AuditLogDtos.AuditLogPage;
import com.bantu.foundation.audit.AuditLogDtos.AuditLogResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail (ADMIN only, every organization unless one is asked for). */
@Service
@Transactional(readOnly = true)
public class AuditLogService {

    /** API name → entity attribute of the sortable columns. */
    static final Map<String, String> ORDER_BY = Map.of("created_at", "createdAt", "action", "action",
            "user_id", "userId", "resource_type", "resourceType", "category", "category", "status", "status",
            "duration_ms", "durationMs");

    private final AuditLogRepository repository;
    private final JsonMapper json;

    public AuditLogService(AuditLogRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    public AuditLogPage list(AuditLogFilter filter, PageQuery page, String orderBy, Boolean orderDesc) {
        List<FieldError> errors = new ArrayList<>();
        String sortBy = orderBy == null || orderBy.isBlank() ? "created_at" : orderBy.trim();
        if (!ORDER_BY.containsKey(sortBy)) {
            errors.add(new FieldError("order_by", "必须是 " + String.join(", ", ORDER_BY.keySet().stream().sorted()
                    .toList()) + " 之一"));
        }
        String status = blankToNull(filter.status());
        if (status != null && !status.equals("success") && !status.equals("failed")) {
            errors.add(new FieldError("status", "必须是 success 或 failed"));
        }
        LocalDateTime start = time("start_time", filter.startTime(), false, errors);
        LocalDateTime end = time("end_time", filter.endTime(), true, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Specification<AuditLog> spec = Specs.<AuditLog>eq("organizationId", filter.organizationId())
                .and(Specs.eq("userId", filter.userId()))
                .and(Specs.eq("action", filter.action() == null ? null : filter.action().trim().toUpperCase()))
                .and(Specs.eq("resourceType", filter.resourceType()))
                .and(Specs.eq("resourceId", filter.resourceId()))
                .and(Specs.eq("category", filter.category()))
                .and(Specs.eq("status", status))
                .and(start == null ? Specs.all() : (r, q, cb) -> cb.greaterThanOrEqualTo(r.get("createdAt"), start))
                .and(end == null ? Specs.all() : (r, q, cb) -> cb.lessThanOrEqualTo(r.get("createdAt"), end));
        Sort.Direction direction = orderDesc == null || orderDesc ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort sort = Sort.by(direction, ORDER_BY.get(sortBy)).and(Sort.by(direction, "id"));
        Page<AuditLog> result = repository.findAll(spec, page.toPageable(sort));
        return new AuditLogPage(result.getContent().stream().map(this::toResponse).toList(),
                result.getTotalElements(), page.size(), page.page(), page.pages(result.getTotalElements()));
    }

    public AuditLogResponse get(String id) {
        return repository.findById(id).map(this::toResponse).orElseThrow(() -> new NotFoundException("审计日志不存在"));
    }

    AuditLogResponse toResponse(AuditLog a) {
        return new AuditLogResponse(a.getId(), a.getOrganizationId(), a.getUserId(), a.getUserName(), a.getAction(),
                a.getResourceType(), a.getResourceId(), a.getResourceName(), a.getCategory(), a.getIpAddress(),
                a.getUserAgent(), a.getRequestMethod(), a.getRequestPath(), a.getRequestId(),
                tree(a.getRequestParams()), tree(a.getOldValues()), tree(a.getNewValues()), a.getStatus(),
                a.getErrorMessage(), a.getDurationMs(), a.getService(), a.getCreatedAt());
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    /**
     * {@code 2026-01-31T08:00:00} (server-local), with an offset or {@code Z}, or a bare date ({@code end_time}:
     * the whole day counts).
     */
    private static LocalDateTime time(String field, String value, boolean endOfDay, List<FieldError> errors) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return endOfDay ? day.plusDays(1).atStartOfDay().minusNanos(1) : day.atStartOfDay();
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
            }
            return LocalDateTime.parse(v.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "时间格式应为 yyyy-MM-ddTHH:mm:ss 或 yyyy-MM-dd"));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
