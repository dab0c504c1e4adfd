package com.bantu.workflow.definition;

import com.bantu.common.api.PageQuery;
import com.bantu.workflow.instance.InstanceRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class DefinitionRepository {

    private static final String COLUMNS = "id, code, version, name_zh, name_id, description_zh, description_id, "
            + "workflow_type, is_active, created_by, updated_by, created_at, updated_at";
    private static final RowMapper<Definition> ROW = DefinitionRepository::map;

    private final JdbcTemplate jdbc;

    public DefinitionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Filter(String code, String workflowType, Boolean isActive) {
    }

    public record Page(List<Definition> items, long total) {
    }

    public void insert(Definition d) {
        jdbc.update("INSERT INTO workflow_definitions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.id(), d.code(), d.version(), d.nameZh(), d.nameId(), d.descriptionZh(), d.descriptionId(),
                d.workflowType(), d.isActive(), d.createdBy(), d.updatedBy(), Timestamp.valueOf(d.createdAt()),
                Timestamp.valueOf(d.updatedAt()));
    }

    public void update(Definition d) {
        jdbc.update("UPDATE workflow_definitions SET name_zh = ?, name_id = ?, description_zh = ?, description_id = ?, "
                        + "is_active = ?, updated_by = ?, updated_at = ? WHERE id = ?", d.nameZh(), d.nameId(),
                d.descriptionZh(), d.descriptionId(), d.isActive(), d.updatedBy(),
                Timestamp.valueOf(InstanceRepository.now()), d.id());
    }

    public boolean exists(String id) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM workflow_definitions WHERE id = ?", Integer.class, id);
        return n != null && n > 0;
    }

    public Optional<Definition> findById(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM workflow_definitions WHERE id = ?", ROW, id).stream()
                .findFirst();
    }

    public Optional<Definition> findLatest(String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM workflow_definitions WHERE code = ? ORDER BY version DESC "
                + "LIMIT 1", ROW, code).stream().findFirst();
    }

    public Page page(Filter f, PageQuery page) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.code() != null && !f.code().isBlank()) {
            where.append(" AND code = ?");
            args.add(f.code().trim());
        }
        if (f.workflowType() != null && !f.workflowType().isBlank()) {
            where.append(" AND workflow_type = ?");
            args.add(f.workflowType().trim());
        }
        if (f.isActive() != null) {
            where.append(" AND is_active = ?");
            args.add(f.isActive());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM workflow_definitions" + where, Long.class,
                args.toArray());
        args.add(page.size());
        args.add((long) (page.page() - 1) * page.size());
        List<Definition> items = jdbc.query("SELECT " + COLUMNS + " FROM workflow_definitions" + where
                + " ORDER BY code, version DESC LIMIT ? OFFSET ?", ROW, args.toArray());
        return new Page(items, total == null ? 0 : total);
    }

    private static Definition map(ResultSet rs, int n) throws SQLException {
        return new Definition(rs.getString("id"), rs.getString("code"), rs.getInt("version"), rs.getString("name_zh"),
                rs.getString("name_id"), rs.getString("description_zh"), rs.getString("description_id"),
                rs.getString("workflow_type"), rs.getBoolean("is_active"), rs.getString("created_by"),
                rs.getString("updated_by"), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getTimestamp("updated_at").toLocalDateTime());
    }
}
