package com.bantu.common.audit.it;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.NotFoundException;
import com.bantu.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small servlet service for the audit filter: a "things" API with every kind of write, an internal endpoint and
 * the common security. Audit records leave through the event outbox to "foundation" (a {@code FakeService}).
 */
@SpringBootApplication
public class AuditTestApp {

    public record ThingRequest(@NotBlank String name, String password, Map<String, Object> extra) {
    }

    public record Thing(String id, String name) {
    }

    @RestController
    static class Things {
        private final JdbcTemplate jdbc;

        Things(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @PostMapping("/api/it/things")
        @PreAuthorize(Roles.CUSTOMER_VIEW)
        ApiResponse<Thing> create(@Valid @RequestBody ThingRequest r) {
            String id = UUID.randomUUID().toString();
            jdbc.update("INSERT INTO it_things (id, name) VALUES (?, ?)", id, r.name());
            return ApiResponse.ok(new Thing(id, r.name()));
        }

        @GetMapping("/api/it/things/{id}")
        @PreAuthorize(Roles.CUSTOMER_VIEW)
        ApiResponse<Thing> get(@PathVariable String id) {
            return ApiResponse.ok(load(id));
        }

        @GetMapping("/api/it/things")
        @PreAuthorize(Roles.CUSTOMER_VIEW)
        ApiResponse<List<Thing>> list(@RequestParam(defaultValue = "5") int limit,
                                      @RequestParam(name = "name_prefix", required = false) String namePrefix) {
            return ApiResponse.ok(jdbc.query("SELECT id, name FROM it_things WHERE name LIKE ? ORDER BY name LIMIT ?",
                    (rs, n) -> new Thing(rs.getString(1), rs.getString(2)),
                    (namePrefix == null ? "" : namePrefix) + "%", limit));
        }

        @PutMapping("/api/it/things/{id}")
        @PreAuthorize(Roles.CUSTOMER_VIEW)
        ApiResponse<Thing> update(@PathVariable String id, @Valid @RequestBody ThingRequest r) {
            load(id);
            jdbc.update("UPDATE it_things SET name = ? WHERE id = ?", r.name(), id);
            return ApiResponse.ok(new Thing(id, r.name()));
        }

        @PostMapping("/api/it/things/{id}/archive")
        @PreAuthorize(Roles.CUSTOMER_VIEW)
        ApiResponse<Thing> archive(@PathVariable String id) {
            return ApiResponse.ok(load(id));
        }

        @PostMapping("/api/it/things/check-duplicate")
        @PreAuthorize(Roles.CUSTOMER_VIEW)
        ApiResponse<Boolean> checkDuplicate(@RequestBody ThingRequest r) {
            return ApiResponse.ok(false);
        }

        @DeleteMapping("/api/it/things/{id}")
        @PreAuthorize(Roles.ADMIN)
        ApiResponse<Void> delete(@PathVariable String id) {
            load(id);
            jdbc.update("DELETE FROM it_things WHERE id = ?", id);
            return ApiResponse.ok(null);
        }

        @PostMapping("/api/it/audit-logs/export")
        @PreAuthorize(Roles.CUSTOMER_VIEW)
        ApiResponse<Boolean> auditExport() {
            return ApiResponse.ok(true);
        }

        @GetMapping("/internal/it/ping")
        @PreAuthorize(Roles.INTERNAL)
        ApiResponse<String> ping() {
            return ApiResponse.ok("pong");
        }

        private Thing load(String id) {
            return jdbc.query("SELECT id, name FROM it_things WHERE id = ?",
                            (rs, n) -> new Thing(rs.getString(1), rs.getString(2)), id)
                    .stream().findFirst().orElseThrow(() -> new NotFoundException("thing not found"));
        }
    }
}
