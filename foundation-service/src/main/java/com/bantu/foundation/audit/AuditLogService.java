package com.bantu.foundation.audit;

import com.bantu.common.api.PageQuery;
import com.bantu.common.error.FieldError;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.error.ValidationException;
import com.bantu.common.persistence.Specs;
import com.bantu.common.audit.AuditEvent;
import com.bantu.foundation.user.UserDirectoryService;
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

/**
 * The audit trail: stores records (from every service's events and foundation's own requests), reads and exports
 * them (ADMIN only, every organization unless one is asked for). Append-only: nothing updates a record; only the
 * retention job deletes old ones.
 */
@Service
@Transactional(readOnly = true)
public class AuditLogService {

    /** API name → entity attribute of the sortable columns. */
    static final Map<String, String> ORDER_BY = Map.of("created_at", "createdAt", "action", "action",
            "user_id", "userId", "resource_type", "resourceType", "category", "category", "status", "status",
            "duration_ms", "durationMs");

    /** Rows an export returns at most. */
    static final int EXPORT_MAX = 10_000;
    /** The CSV header: the record's fields in the API's order. */
    static final List<String> CSV_COLUMNS = List.of("id", "organization_id", "user_id", "user_name", "action",
            "resource_type", "resource_id", "resource_name", "category", "ip_address", "user_agent",
            "request_method", "request_path", "request_params", "old_values", "new_values", "status",
            "error_message", "duration_ms", "created_at");

    private final AuditLogRepository repository;
    private final UserDirectoryService users;
    private final JsonMapper json;

    public AuditLogService(AuditLogRepository repository, UserDirectoryService users, JsonMapper json) {
        this.repository = repository;
        this.users = users;
        this.json = json;
    }

    /**
     * Stores one record (a record id already stored is skipped: producers may repeat). user_name is the user's
     * display name when foundation knows the user, else the token's username.
     */
    @Transactional
    public void store(AuditEvent e, String fallbackService) {
        if (repository.existsById(e.id())) {
            return;
        }
        String userName = e.userId() == null ? e.username()
                : users.displayName(e.userId()).orElse(e.username());
        LocalDateTime at = LocalDateTime.ofInstant(e.occurredAt(), ZoneId.systemDefault());
        repository.save(new AuditLog(e.id(), e.organizationId(), e.userId(), cut(userName, 255),
                e.action() == null ? "UNKNOWN" : cut(e.action().toUpperCase(), 50), cut(e.resourceType(), 50),
                cut(e.resourceId(), 64), cut(e.resourceName(), 255), cut(e.category(), 50), cut(e.ipAddress(), 50),
                cut(e.userAgent(), 500), cut(e.requestMethod(), 10), cut(e.requestPath(), 500),
                cut(e.requestId(), 64), text(e.requestParams()), text(e.oldValues()), text(e.newValues()),
                e.status(), e.errorMessage(), e.durationMs(),
                cut(e.service() != null ? e.service() : fallbackService, 50), at));
    }

    /** Deletes the records created before {@code cutoff} (the retention job); returns how many. */
    @Transactional
    public int deleteCreatedBefore(LocalDateTime cutoff) {
        return repository.deleteCreatedBefore(cutoff);
    }

    /**
     * The records matching {@code filter} (newest first, at most {@value #EXPORT_MAX}) as one JSON array or CSV
     * text: the CSV header is the record's field order, objects are JSON, nulls are empty cells.
     */
    public AuditLogExport export(AuditLogFilter filter, String format) {
        String f = blankToNull(format) == null ? "json" : format.trim().toLowerCase();
        if (!f.equals("json") && !f.equals("csv")) {
            throw new ValidationException(List.of(new FieldError("format", "必须是 json 或 csv")));
        }
        Specification<AuditLog> spec = specification(filter, new ArrayList<>());
        List<AuditLogResponse> rows = repository.findAll(spec, org.springframework.data.domain.PageRequest.of(0,
                EXPORT_MAX, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))))
                .getContent().stream().map(this::toResponse).toList();
        if (f.equals("json")) {
            return new AuditLogExport(json.writeValueAsString(rows), "application/json", f);
        }
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
        for (AuditLogResponse row : rows) {
            JsonNode node = json.valueToTree(row);
            List<String> cells = new ArrayList<>();
            for (String column : CSV_COLUMNS) {
                JsonNode v = node.get(column);
                cells.add(v == null || v.isNull() ? "" : csvCell(v.isValueNode() ? v.asString() : v.toString()));
            }
            csv.append(String.join(",", cells)).append('\n');
        }
        return new AuditLogExport(csv.toString(), "text/csv", f);
    }

    /** Quotes a cell when needed; a text a spreadsheet would run as a formula gets a leading apostrophe. */
    static String csvCell(String s) {
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private String text(Map<String, Object> values) {
        return values == null ? null : json.writeValueAsString(values);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public AuditLogPage list(AuditLogFilter filter, PageQuery page, String orderBy, Boolean orderDesc) {
        List<FieldError> errors = new ArrayList<>();
        String sortBy = orderBy == null || orderBy.isBlank() ? "created_at" : orderBy.trim();
        if (!ORDER_BY.containsKey(sortBy)) {
            errors.add(new FieldError("order_by", "必须是 " + String.join(", ", ORDER_BY.keySet().stream().sorted()
                    .toList()) + " 之一"));
        }
        Specification<AuditLog> spec = specification(filter, errors);
        Sort.Direction direction = orderDesc == null || orderDesc ? Sort.Direction.DESC : Sort.Direction.ASC;
        Sort sort = Sort.by(direction, ORDER_BY.get(sortBy)).and(Sort.by(direction, "id"));
        Page<AuditLog> result = repository.findAll(spec, page.toPageable(sort));
        return new AuditLogPage(result.getContent().stream().map(this::toResponse).toList(),
                result.getTotalElements(), page.size(), page.page(), page.pages(result.getTotalElements()));
    }

    /** The filters as one specification; bad values are added to {@code errors} and thrown together. */
    private Specification<AuditLog> specification(AuditLogFilter filter, List<FieldError> errors) {
        String status = blankToNull(filter.status());
        if (status != null && !status.equals("success") && !status.equals("failed")) {
            errors.add(new FieldError("status", "必须是 success 或 failed"));
        }
        LocalDateTime start = time("start_time", filter.startTime(), false, errors);
        LocalDateTime end = time("end_time", filter.endTime(), true, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return Specs.<AuditLog>eq("organizationId", filter.organizationId())
                .and(Specs.eq("userId", filter.userId()))
                .and(Specs.eq("action", filter.action() == null ? null : filter.action().trim().toUpperCase()))
                .and(Specs.eq("resourceType", filter.resourceType()))
                .and(Specs.eq("resourceId", filter.resourceId()))
                .and(Specs.eq("category", filter.category()))
                .and(Specs.eq("status", status))
                .and(start == null ? Specs.all() : (r, q, cb) -> cb.greaterThanOrEqualTo(r.get("createdAt"), start))
                .and(end == null ? Specs.all() : (r, q, cb) -> cb.lessThanOrEqualTo(r.get("createdAt"), end));
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
