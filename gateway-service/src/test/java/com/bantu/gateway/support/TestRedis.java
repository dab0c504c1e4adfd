package com.bantu.gateway.support;

import java.net.URI;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real Redis for the gateway's tests, resolved like common-lib's TestInfrastructure:
 * {@code BANTU_TEST_REDIS_URL} (e.g. {@code redis://127.0.0.1:6379/14}); otherwise a Redis 7 container when a
 * Docker engine answers; otherwise the tests fail naming both options. Never skipped. The gateway needs no
 * database, so only Redis is resolved here.
 */
public final class TestRedis {

    private static GenericContainer<?> container;

    private TestRedis() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        String url = System.getenv("BANTU_TEST_REDIS_URL");
        if (url != null && !url.isBlank()) {
            URI r = URI.create(url);
            String path = r.getPath();
            int db = path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
            registry.add("spring.data.redis.host", r::getHost);
            registry.add("spring.data.redis.port", () -> r.getPort() < 0 ? 6379 : r.getPort());
            registry.add("spring.data.redis.database", () -> db);
            return;
        }
        if (!dockerAvailable()) {
            throw new IllegalStateException("No test Redis: set BANTU_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/14) "
                    + "or run a Docker engine for Testcontainers. `bash .ci/run` sets it up on this machine.");
        }
        startContainer();
        registry.add("spring.data.redis.host", container::getHost);
        registry.add("spring.data.redis.port", () -> container.getMappedPort(6379));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static void startContainer() {
        if (container == null) {
            container = new GenericContainer<>(DockerImageName.parse("redis:7")).withExposedPorts(6379);
            container.start();
        }
    }
}
