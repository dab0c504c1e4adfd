package com.bantu.analytics.logs;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.logship.HttpLogSink;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import com.bantu.common.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /internal/logs}: one batch from a service's log shipper (common-lib). Service tokens only; a user
 * token is 403. The batch is validated as a whole (400 naming {@code logs[i].field}) and stored in one JDBC batch.
 */
@Hidden
@RestController
public class InternalLogController {

    private final LogService logs;

    public InternalLogController(LogService logs) {
        this.logs = logs;
    }

    @PostMapping(HttpLogSink.PATH)
    @PreAuthorize(Roles.INTERNAL)
    public ApiResponse<Map<String, Integer>> receive(@RequestBody(required = false) LogBatch batch) {
        return ApiResponse.ok(Map.of("stored", logs.accept(batch == null ? null : batch.records())));
    }
}
