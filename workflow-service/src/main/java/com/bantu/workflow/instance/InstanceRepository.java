package com.bantu.workflow.instance;

import com.bantu.common.api.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** {@code workflow_instances} through plain JDBC, in the caller's transaction (the one Flowable joins too). */
@Repository
public class InstanceRepository {

    private static final String COLUMNS = "id, definition_code, process_definition_id, process_instance_id, "
            + "business_type, business_id, status, result, current_stage, current_group, current_assignee, "
            + "sales_user_id, organization_id, started_by, started_at, completed_at, end_reason, variables, "
            + "created_at, updated_at";
    private static final RowMapper<WorkflowInstance> ROW = InstanceRepository::map;

    private final JdbcTemplate jdbc;

    public InstanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who is asking: {@code all} sees everything; otherwise own orders, own starts and current reviews. */
    public record Scope(boolean all, String userId, Collection<String> roles) {
    }

    public record Filter(String definitionCode, String processDefinitionId, String businessType, String businessId,
                         String status, String startedBy) {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Inserts a running instance; a second running instance for the same business object violates the unique key. */
    public void insertRunning(WorkflowInstance i) {
        jdbc.update("INSERT INTO workflow_instances (" + COLUMNS + ", running_key) VALUES "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'R')",
                i.id(), i.definitionCode(), i.processDefinitionId(), i.processInstanceId(), i.businessType(),
                i.businessId(), i.status(), i.result(), i.currentStage(), i.currentGroup(), i.currentAssignee(),
                i.salesUserId(), i.organizationId(), i.startedBy(), ts(i.startedAt()), ts(i.completedAt()),
                i.endReason(), i.variables(), ts(i.createdAt()), ts(i.updatedAt()));
    }

    public void attachProcess(String id, String processDefinitionId, String processInstanceId) {
        jdbc.update("UPDATE workflow_instances SET process_definition_id = ?, process_instance_id = ?, updated_at = ? "
                + "WHERE id = ?", processDefinitionId, processInstanceId, ts(now()), id);
    }

    public Optional<WorkflowInstance> findById(String id) {
        return one("SELECT " + COLUMNS + " FROM workflow_instances WHERE id = ?", id);
    }

    public Optional<WorkflowInstance> findByProcessInstanceId(String processInstanceId) {
        return one("SELECT " + COLUMNS + " FROM workflow_instances WHERE process_instance_id = ?", processInstanceId);
    }

    public List<WorkflowInstance> findByProcessInstanceIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM workflow_instances WHERE process_instance_id IN ("
                + String.join(", ", ids.stream().map(x -> "?").toList()) + ")", ROW, ids.toArray());
    }

    public Optional<WorkflowInstance> findRunning(String code, String businessType, String businessId) {
        return one("SELECT " + COLUMNS + " FROM workflow_instances WHERE definition_code = ? AND business_type = ? "
                + "AND business_id = ? AND running_key = 'R'", code, businessType, businessId);
    }

    /** The newest instance for a business object, whatever its state. */
    public Optional<WorkflowInstance> findLatest(String businessType, String businessId, Scope scope) {
        List<Object> args = new ArrayList<>(List.of(businessType, businessId));
        String sql = "SELECT " + COLUMNS + " FROM workflow_instances WHERE business_type = ? AND business_id = ?"
                + scopeSql(scope, args) + " ORDER BY started_at DESC, id DESC LIMIT 1";
        return one(sql, args.toArray());
    }

    public List<WorkflowInstance> findByBusiness(String businessType, String businessId, Scope scope) {
        List<Object> args = new ArrayList<>(List.of(businessType, businessId));
        return jdbc.query("SELECT " + COLUMNS + " FROM workflow_instances WHERE business_type = ? AND business_id = ?"
                + scopeSql(scope, args) + " ORDER BY started_at, id", ROW, args.toArray());
    }

    public boolean visible(String id, Scope scope) {
        List<Object> args = new ArrayList<>(List.of(id));
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM workflow_instances WHERE id = ?" + scopeSql(scope, args),
                Integer.class, args.toArray());
        return n != null && n > 0;
    }

    public record Page(List<WorkflowInstance> items, long total) {
    }

    public Page page(Filter f, Scope scope, PageQuery page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        eq(where, args, "definition_code", f.definitionCode());
        eq(where, args, "process_definition_id", f.processDefinitionId());
        eq(where, args, "business_type", f.businessType());
        eq(where, args, "business_id", f.businessId());
        eq(where, args, "status", f.status());
        eq(where, args, "started_by", f.startedBy());
        where.append(scopeSql(scope, args));
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM workflow_instances" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add((long) (page.page() - 1) * page.size());
        List<WorkflowInstance> items = jdbc.query("SELECT " + COLUMNS + " FROM workflow_instances" + where
                + " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?", ROW, pageArgs.toArray());
        return new Page(items, total == null ? 0 : total);
    }

    /** A review task was created: it is the current stage, open to its candidate group, not assigned yet. */
    public void stage(String id, String stage, String group) {
        jdbc.update("UPDATE workflow_instances SET current_stage = ?, current_group = ?, current_assignee = NULL, "
                + "updated_at = ? WHERE id = ?", stage, group, ts(now()), id);
    }

    public void assignee(String id, String assignee) {
        jdbc.update("UPDATE workflow_instances SET current_assignee = ?, updated_at = ? WHERE id = ?",
                assignee, ts(now()), id);
    }

    public void status(String id, String status) {
        jdbc.update("UPDATE workflow_instances SET status = ?, updated_at = ? WHERE id = ?", status, ts(now()), id);
    }

    /** The instance ended: frees the running slot of its business object. */
    public void end(String id, String status, String result, String stage, String reason) {
        LocalDateTime now = now();
        jdbc.update("UPDATE workflow_instances SET status = ?, result = ?, current_stage = ?, current_group = NULL, "
                        + "current_assignee = NULL, running_key = NULL, end_reason = ?, completed_at = ?, updated_at = ? "
                        + "WHERE id = ?", status, result, stage, reason, ts(now), ts(now), id);
    }

    private static void eq(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = ?");
            args.add(value.trim());
        }
    }

    static String scopeSql(Scope scope, List<Object> args) {
        if (scope == null || scope.all()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" AND (sales_user_id = ? OR started_by = ? OR current_assignee = ?");
        args.add(scope.userId());
        args.add(scope.userId());
        args.add(scope.userId());
        if (!scope.roles().isEmpty()) {
            s.append(" OR current_group IN (").append(String.join(", ", scope.roles().stream().map(r -> "?").toList()))
                    .append(")");
            args.addAll(scope.roles());
        }
        return s.append(")").toString();
    }

    private Optional<WorkflowInstance> one(String sql, Object... args) {
        return jdbc.query(sql, ROW, args).stream().findFirst();
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static WorkflowInstance map(ResultSet rs, int n) throws SQLException {
        return new WorkflowInstance(rs.getString("id"), rs.getString("definition_code"),
                rs.getString("process_definition_id"), rs.getString("process_instance_id"),
                rs.getString("business_type"), rs.getString("business_id"), rs.getString("status"),
                rs.getString("result"), rs.getString("current_stage"), rs.getString("current_group"),
                rs.getString("current_assignee"), rs.getString("sales_user_id"), rs.getString("organization_id"),
                rs.getString("started_by"), time(rs, "started_at"), time(rs, "completed_at"),
                rs.getString("end_reason"), rs.getString("variables"), time(rs, "created_at"),
                time(rs, "updated_at"));
    }
}
