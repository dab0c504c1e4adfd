package com.bantu.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.bantu.common.api.ApiResponse;
import com.bantu.common.test.LogCapture;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import java.io.IOException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The error mapping, with the exception types the drivers and Spring really throw (a MariaDB integrity
 * violation is a {@link SQLIntegrityConstraintViolationException} with the server's code and text).
 */
class GlobalExceptionHandlerTest {

    private final GlobalExceptionHandler handler = new GlobalExceptionHandler();
    private LogCapture logs;

    @BeforeEach
    void capture() {
        logs = LogCapture.of(GlobalExceptionHandler.class);
    }

    @AfterEach
    void release() {
        logs.close();
    }

    private ResponseEntity<ApiResponse<Object>> resolve(Throwable e) {
        return handler.resolve(e);
    }

    private static void assertKey(ResponseEntity<ApiResponse<Object>> r, ErrorKey key) {
        assertThat(r.getStatusCode().value()).isEqualTo(key.status().value());
        assertThat(r.getBody().code()).isEqualTo(key.status().value());
        assertThat(r.getHeaders().getFirst(ErrorKey.HEADER)).isEqualTo(key.key());
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(r.getBody().message()).isEqualTo(key.message());
    }

    private List<Level> levels() {
        return logs.levels();
    }

    @Test
    void databaseOrRedisUnreachableIs503WithOneWarningAndNoStack() {
        List<Throwable> outages = List.of(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request "
                                + "timed out after 2000ms", "08001")),
                new RedisConnectionFailureException("Unable to connect to Redis",
                        new RedisConnectionException("Unable to connect to 127.0.0.1:1")),
                new RedisSystemException("Error in execution",
                        new RedisException("Currently not connected. Commands are rejected.")),
                new QueryTimeoutException("Redis command timed out"));
        for (Throwable t : outages) {
            assertKey(resolve(t), ErrorKey.UNAVAILABLE);
        }
        assertThat(levels()).containsOnly(Level.WARN);
        assertThat(logs.events()).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }

    @Test
    void lockWaitAndDeadlockAre409Retryable() {
        assertKey(resolve(new CannotAcquireLockException("could not execute statement",
                new SQLTransactionRollbackException("Lock wait timeout exceeded; try restarting transaction",
                        "HY000", 1205))), ErrorKey.LOCKED);
        assertKey(resolve(new org.springframework.dao.PessimisticLockingFailureException("deadlock",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213))),
                ErrorKey.LOCKED);
        assertKey(resolve(new ObjectOptimisticLockingFailureException(Object.class, "id")), ErrorKey.STALE);
        assertThat(levels()).doesNotContain(Level.WARN, Level.ERROR);
    }

    @Test
    void integrityViolationsAreSplitIntoDuplicateAndFieldErrors() {
        assertKey(resolve(new DuplicateKeyException("dup")), ErrorKey.DUPLICATE);
        assertKey(resolve(dive(1062, "23000", "Duplicate entry 'a@b.c' for key 'uk_users_email'")),
                ErrorKey.DUPLICATE);
        assertKey(resolve(dive(1451, "23000", "Cannot delete or update a parent row: a foreign key constraint "
                + "fails (`db`.`contacts`, CONSTRAINT `fk_c` FOREIGN KEY (`customer_id`) REFERENCES `customers` "
                + "(`id`))")), ErrorKey.IN_USE);
        assertField(dive(1048, "23000", "Column 'name' cannot be null"), "name");
        assertField(dive(1406, "22001", "Data too long for column 'remark' at row 1"), "remark");
        assertField(dive(1452, "23000", "Cannot add or update a child row: a foreign key constraint fails "
                + "(`db`.`users`, CONSTRAINT `fk_u` FOREIGN KEY (`organization_id`) REFERENCES `organizations` "
                + "(`id`))"), "organization_id");
        // H2 (local profile)
        assertField(dive(23502, "23502", "NULL not allowed for column \"NAME\"; SQL statement:"), "name");
        assertField(dive(22001, "22001", "Value too long for column \"CODE CHARACTER VARYING(10)\""), "code");
        assertThat(levels()).doesNotContain(Level.WARN, Level.ERROR);
    }

    private static DataIntegrityViolationException dive(int code, String state, String message) {
        return new DataIntegrityViolationException("could not execute statement",
                new SQLIntegrityConstraintViolationException(message, state, code));
    }

    @SuppressWarnings("unchecked")
    private void assertField(Throwable e, String field) {
        ResponseEntity<ApiResponse<Object>> r = resolve(e);
        assertKey(r, ErrorKey.VALIDATION);
        assertThat(((List<FieldError>) r.getBody().data()).get(0).field()).isEqualTo(field);
    }

    @Test
    void springErrorResponsesKeepTheirOwnStatus() {
        ResponseEntity<ApiResponse<Object>> teapot = resolve(new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT));
        assertThat(teapot.getStatusCode().value()).isEqualTo(418);
        assertThat(teapot.getBody().code()).isEqualTo(418);
        assertKey(resolve(new ResponseStatusException(HttpStatus.NOT_FOUND)), ErrorKey.ROUTE_NOT_FOUND);
        assertKey(resolve(new MaxUploadSizeExceededException(1024)), ErrorKey.PAYLOAD_TOO_LARGE);
        assertKey(resolve(new BodyTooLargeException(1024)), ErrorKey.PAYLOAD_TOO_LARGE);
        assertThat(levels()).doesNotContain(Level.WARN, Level.ERROR);
    }

    @Test
    void businessErrorsAreNotLoggedAsWarnings() {
        ResponseEntity<ApiResponse<Object>> r = resolve(new NotFoundException("用户不存在"));
        assertThat(r.getStatusCode().value()).isEqualTo(404);
        assertThat(r.getBody().message()).isEqualTo("用户不存在");
        assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertKey(resolve(new ApiException(ErrorKey.TOKEN_INVALID)), ErrorKey.TOKEN_INVALID);
        assertThat(levels()).doesNotContain(Level.WARN, Level.ERROR);
    }

    @Test
    void clientDisconnectsAreDebugOnlyAndAnswerNothing() {
        assertThat(resolve(new ClientAbortException(new IOException("Broken pipe")))).isNull();
        assertThat(resolve(new AsyncRequestNotUsableException("ServletOutputStream failed to flush"))).isNull();
        assertThat(resolve(new IllegalStateException("write", new IOException("Connection reset by peer")))).isNull();
        assertThat(levels()).containsOnly(Level.DEBUG);
    }

    @Test
    void anythingElseIs500WithTheRequestIdAndOneErrorLine() {
        ResponseEntity<ApiResponse<Object>> r = resolve(new IllegalStateException("boom"));
        assertKey(r, ErrorKey.INTERNAL);
        assertThat((Map<String, Object>) r.getBody().data()).containsKey("request_id");
        assertThat(levels()).containsExactly(Level.ERROR);
    }
}
