package com.bantu.servicemanagement.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.bantu.common.api.ApiResponse;
import com.bantu.common.error.ErrorKey;
import com.bantu.common.error.FieldError;
import com.bantu.common.error.GlobalExceptionHandler;
import com.bantu.common.test.ForgedTokens;
import com.bantu.common.test.TestHttp;
import com.bantu.servicemanagement.IntegrationTestBase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The error mapping with the exceptions the real MariaDB/MySQL driver, Hikari and Lettuce throw (not hand-made
 * ones): integrity violations split into 409/400-with-field, a real lock wait timeout → 409, a database or Redis
 * nobody listens for → 503. Plus this service's HTTP cases: paging bound, wrong-type token claims, {@code /error},
 * authorization before validation.
 */
class ErrorMappingIT extends IntegrationTestBase {

    @Autowired
    GlobalExceptionHandler handler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void tables() {
        jdbc.execute("DROP TABLE IF EXISTS err_child");
        jdbc.execute("DROP TABLE IF EXISTS err_parent");
        jdbc.execute("CREATE TABLE err_parent (id VARCHAR(36) PRIMARY KEY, n INT)");
        jdbc.execute("CREATE TABLE err_child (id VARCHAR(36) PRIMARY KEY, name VARCHAR(5) NOT NULL UNIQUE, "
                + "parent_id VARCHAR(36), CONSTRAINT fk_err_child_parent FOREIGN KEY (parent_id) "
                + "REFERENCES err_parent (id))");
        jdbc.update("INSERT INTO err_parent (id, n) VALUES ('p1', 0)");
    }

    @AfterEach
    void dropTables() {
        jdbc.execute("DROP TABLE IF EXISTS err_child");
        jdbc.execute("DROP TABLE IF EXISTS err_parent");
    }

    private ResponseEntity<ApiResponse<Object>> mapped(Runnable failing) {
        Throwable t = catchThrowable(failing::run);
        assertThat(t).as("the statement should have failed").isNotNull();
        return handler.resolve(t);
    }

    private static void assertKey(ResponseEntity<ApiResponse<Object>> r, ErrorKey key) {
        assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(key.status().value());
        assertThat(r.getHeaders().getFirst(ErrorKey.HEADER)).isEqualTo(key.key());
    }

    @SuppressWarnings("unchecked")
    private static void assertField(ResponseEntity<ApiResponse<Object>> r, String field) {
        assertKey(r, ErrorKey.VALIDATION);
        assertThat(((List<FieldError>) r.getBody().data()).get(0).field()).isEqualTo(field);
    }

    private void child(String id, String name, String parent) {
        jdbc.update("INSERT INTO err_child (id, name, parent_id) VALUES (?, ?, ?)", id, name, parent);
    }

    @Test
    void integrityViolationsFromTheRealDriver() {
        child("c1", "abc", "p1");
        assertKey(mapped(() -> child("c2", "abc", "p1")), ErrorKey.DUPLICATE);
        assertField(mapped(() -> child("c3", null, "p1")), "name");
        assertField(mapped(() -> child("c4", "too-long-name", "p1")), "name");
        assertField(mapped(() -> child("c5", "xyz", "no-such-parent")), "parent_id");
        assertKey(mapped(() -> jdbc.update("DELETE FROM err_parent WHERE id = 'p1'")), ErrorKey.IN_USE);
    }

    @Test
    void aRealLockWaitTimeoutIs409() throws Exception {
        try (Connection holder = dataSource.getConnection(); Connection waiter = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("SELECT n FROM err_parent WHERE id = 'p1' FOR UPDATE").close();
            waiter.createStatement().execute("SET SESSION innodb_lock_wait_timeout = 1");
            try {
                JdbcTemplate second = new JdbcTemplate(new SingleConnectionDataSource(waiter, true));
                assertKey(mapped(() -> second.update("UPDATE err_parent SET n = 1 WHERE id = 'p1'")),
                        ErrorKey.LOCKED);
            } finally {
                holder.rollback();
                holder.setAutoCommit(true);
                waiter.createStatement().execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
            }
        }
    }

    @Test
    void aDatabaseOrRedisNobodyListensForIs503() throws Exception {
        int closed = closedPort();
        DriverManagerDataSource down = new DriverManagerDataSource(
                "jdbc:mariadb://127.0.0.1:" + closed + "/x?connectTimeout=500", "root", "");
        assertKey(mapped(() -> new JdbcTemplate(down).queryForObject("SELECT 1", Integer.class)),
                ErrorKey.UNAVAILABLE);
        assertKey(mapped(() -> new DataSourceTransactionManager(down).getTransaction(new DefaultTransactionDefinition())),
                ErrorKey.UNAVAILABLE);

        LettuceConnectionFactory redis = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", closed));
        redis.afterPropertiesSet();
        redis.start();
        try {
            assertKey(mapped(() -> new StringRedisTemplate(redis).hasKey("x")), ErrorKey.UNAVAILABLE);
        } finally {
            redis.destroy();
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void everyPagedListBoundsPage() {
        String admin = admin();
        for (String list : List.of("customers", "contacts", "products", "categories", "service-records",
                "service-types", "customer-sources", "customer-channels")) {
            TestHttp.Resp r = http.get("/api/service-management/" + list + "?page=2147483647", admin);
            assertThat(r.status()).as(list + " " + r).isEqualTo(400);
            assertThat(r.fields()).as(list).containsExactly("page");
        }
    }

    @Test
    void wrongTypeClaimsAre401AndErrorIsNot500() {
        for (String token : ForgedTokens.wrongClaimTypes(SECRET)) {
            TestHttp.Resp r = http.get("/api/service-management/customers", token);
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.headers().get("x-error-key")).containsExactly(ErrorKey.TOKEN_INVALID.key());
        }
        TestHttp.Resp error = http.get("/error", null);
        assertThat(error.status()).as(error.toString()).isEqualTo(404);
        assertThat(error.body().get("code").asInt()).isEqualTo(404);
    }

    @Test
    void aCallerWithoutTheRightGets403BeforeValidation() {
        TestHttp.Resp agent = http.post("/api/service-management/customers", token("AGENT"), Map.of());
        assertThat(agent.status()).as(agent.toString()).isEqualTo(403);
        TestHttp.Resp sales = http.post("/api/service-management/customer-sources", token("SALES"),
                Map.of("name", ""));
        assertThat(sales.status()).as(sales.toString()).isEqualTo(403);
        TestHttp.Resp admin = http.post("/api/service-management/customer-sources", admin(), Map.of("name", ""));
        assertThat(admin.status()).as(admin.toString()).isEqualTo(400);
    }
}
