package com.bantu.common.test;

import java.net.URI;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Resolves the real database and Redis for integration tests, in this order:
 * <ol>
 *   <li>{@code BANTU_TEST_JDBC_URL} (server URL without a schema, e.g. {@code jdbc:mariadb://127.0.0.1:3306})
 *       with {@code BANTU_TEST_JDBC_USER}/{@code BANTU_TEST_JDBC_PASSWORD} (default root / empty), and
 *       {@code BANTU_TEST_REDIS_URL} ({@code redis://127.0.0.1:6379/15});</li>
 *   <li>otherwise Testcontainers (MySQL 8.0, Redis 7) when a Docker engine answers;</li>
 *   <li>otherwise it fails, naming both options. Tests are never skipped.</li>
 * </ol>
 * Each service's tests use their own schema ({@code <schema>}), created if missing.
 */
public final class TestInfrastructure {

    private static MySQLContainer mysql;
    private static GenericContainer<?> redis;

    private TestInfrastructure() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry, String baseSchema) {
        // BANTU_TEST_SCHEMA_SUFFIX keeps parallel checkouts on one server apart (e.g. "_wt2")
        String schema = baseSchema + envOr("BANTU_TEST_SCHEMA_SUFFIX", "");
        // log shipping is on in the production configurations (bantu.logs.ship.enabled: ${BANTU_LOGS_SHIP_ENABLED:true}):
        // off in tests through the placeholder, so a test that wants it sets bantu.logs.ship.enabled=true itself
        registry.add("BANTU_LOGS_SHIP_ENABLED", () -> "false");
        String jdbc = System.getenv("BANTU_TEST_JDBC_URL");
        String redisUrl = System.getenv("BANTU_TEST_REDIS_URL");
        if (jdbc == null || redisUrl == null) {
            if (!dockerAvailable()) {
                throw new IllegalStateException("No test database: set BANTU_TEST_JDBC_URL (e.g. "
                        + "jdbc:mariadb://127.0.0.1:3306) and BANTU_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/15), "
                        + "or run a Docker engine for Testcontainers. `bash .ci/run` sets both up on this machine.");
            }
            startContainers();
        }
        if (jdbc != null && redisUrl != null) {
            String user = envOr("BANTU_TEST_JDBC_USER", "root");
            String password = envOr("BANTU_TEST_JDBC_PASSWORD", "");
            String url = stripSlash(jdbc) + "/" + schema + "?createDatabaseIfNotExist=true&useUnicode=true"
                    + "&characterEncoding=utf8&connectTimeout=2000&socketTimeout=30000";
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> user);
            registry.add("spring.datasource.password", () -> password);
            URI r = URI.create(redisUrl);
            registry.add("spring.data.redis.host", r::getHost);
            registry.add("spring.data.redis.port", () -> r.getPort() < 0 ? 6379 : r.getPort());
            String path = r.getPath();
            int db = path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
            registry.add("spring.data.redis.database", () -> db);
        } else {
            String url = mysql.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + schema + "$1");
            registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?")
                    + "createDatabaseIfNotExist=true");
            registry.add("spring.datasource.username", () -> "root");
            registry.add("spring.datasource.password", mysql::getPassword);
            registry.add("spring.data.redis.host", redis::getHost);
            registry.add("spring.data.redis.port", () -> redis.getMappedPort(6379));
        }
    }

    /** The Redis URL tests should use, for tests that talk to Redis directly. */
    public static String redisUrl() {
        return envOr("BANTU_TEST_REDIS_URL", "redis://127.0.0.1:6379/15");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static void startContainers() {
        if (mysql == null) {
            mysql = new MySQLContainer(DockerImageName.parse("mysql:8.0")).withUsername("root").withPassword("test");
            mysql.start();
            redis = new GenericContainer<>(DockerImageName.parse("redis:7")).withExposedPorts(6379);
            redis.start();
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
