package com.bantu.e2e;

import com.bantu.common.test.Freshness;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starts the real service jars as separate processes (production profile) against the test MariaDB and Redis,
 * each on a free port, and stops them at the end. The jars come from {@code <service>/target/<service>.jar},
 * which the reactor builds before this module (the module declares the services as test-scoped {@code pom}
 * dependencies for that order, so {@code ./mvnw -pl e2e-tests -am verify} builds them too). A jar older than any
 * file under its module's {@code src/main}, its {@code pom.xml} or common-lib's {@code src/main} is refused with a
 * message: the journeys never run a stale build.
 */
final class Suite {

    static final String ADMIN_PASSWORD = "E2e-Admin-Passw0rd";
    static final List<String> SERVICES = List.of("foundation-service", "service-management-service",
            "analytics-monitoring-service", "gateway-service");
    private static Suite instance;

    final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final String secret = UUID.randomUUID() + "-" + UUID.randomUUID();

    static synchronized Suite get() {
        if (instance == null) {
            instance = new Suite();
            instance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    String gateway() {
        return "http://127.0.0.1:" + ports.get("gateway-service");
    }

    String direct(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private void start() {
        String jdbc = require("BANTU_TEST_JDBC_URL");
        URI redis = URI.create(require("BANTU_TEST_REDIS_URL"));
        Path root = Path.of(System.getProperty("bantu.repo.root", "..")).toAbsolutePath().normalize();
        for (String s : SERVICES) {
            ports.put(s, freePort());
        }
        for (String s : SERVICES) {
            requireFresh(root, s);
        }
        Path logs = root.resolve("e2e-tests/target/e2e-logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String user = System.getenv().getOrDefault("BANTU_TEST_JDBC_USER", "root");
        String password = System.getenv().getOrDefault("BANTU_TEST_JDBC_PASSWORD", "");
        String base = jdbc.endsWith("/") ? jdbc.substring(0, jdbc.length() - 1) : jdbc;
        for (var e : ports.entrySet()) {
            String svc = e.getKey();
            Path jar = root.resolve(svc).resolve("target").resolve(svc + ".jar");
            Map<String, String> env = new LinkedHashMap<>();
            env.put("BANTU_JWT_SECRET", secret);
            env.put("SPRING_DATA_REDIS_HOST", redis.getHost());
            env.put("SPRING_DATA_REDIS_PORT", String.valueOf(redis.getPort() < 0 ? 6379 : redis.getPort()));
            String path = redis.getPath();
            env.put("SPRING_DATA_REDIS_DATABASE", path == null || path.length() <= 1 ? "0" : path.substring(1));
            env.put("BANTU_SERVICES_FOUNDATION_URL", direct("foundation-service"));
            env.put("BANTU_SERVICES_SERVICE_MANAGEMENT_URL", direct("service-management-service"));
            env.put("BANTU_SERVICES_ANALYTICS_MONITORING_URL", direct("analytics-monitoring-service"));
            env.put("BANTU_SERVICES_GATEWAY_URL", gateway());
            // analytics: aggregates cached for 1 s so a journey sees its own writes; no alert sampling
            env.put("BANTU_ANALYTICS_CACHE_TTL", "1s");
            env.put("BANTU_ALERT_SAMPLER_ENABLED", "false");
            env.put("BANTU_LOG_FORMAT", "");
            // the journeys check behaviour, not latency: on a small shared machine the first Redis connect and the
            // first aggregate query of a cold JVM exceed the production timeouts (500 ms, 2 s)
            env.put("SPRING_DATA_REDIS_TIMEOUT", "5s");
            env.put("SPRING_DATA_REDIS_CONNECT_TIMEOUT", "5s");
            env.put("BANTU_INTERNAL_READ_TIMEOUT", "10s");
            if (!svc.equals("gateway-service")) {
                String schema = "bantu_e2e_" + svc.replace("-service", "").replace('-', '_')
                        + System.getenv().getOrDefault("BANTU_TEST_SCHEMA_SUFFIX", "");
                env.put("SPRING_DATASOURCE_URL", base + "/" + schema + "?createDatabaseIfNotExist=true");
                env.put("SPRING_DATASOURCE_USERNAME", user);
                env.put("SPRING_DATASOURCE_PASSWORD", password);
                env.put("BANTU_ADMIN_PASSWORD", ADMIN_PASSWORD);
            }
            ProcessBuilder pb = new ProcessBuilder(javaBin(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xss512k", "-Xmx256m", "-Dreactor.netty.native=false", "-jar", jar.toString(),
                    "--server.port=" + e.getValue(), "--logging.structured.format.console=")
                    .redirectErrorStream(true).redirectOutput(logs.resolve(svc + ".log").toFile());
            pb.environment().putAll(env);
            try {
                processes.add(pb.start());
            } catch (IOException ex) {
                throw new IllegalStateException("cannot start " + svc, ex);
            }
        }
        // four JVMs starting at once on a small shared machine took 280 s here; BANTU_E2E_START_SECONDS overrides
        long deadline = System.currentTimeMillis()
                + 1000L * Long.parseLong(System.getenv().getOrDefault("BANTU_E2E_START_SECONDS", "600"));
        for (var e : ports.entrySet()) {
            while (!ready(e.getValue())) {
                if (System.currentTimeMillis() > deadline || processes.stream().anyMatch(p -> !p.isAlive())) {
                    stop();
                    throw new IllegalStateException(e.getKey() + " did not become ready; see " + logs);
                }
                sleep(500);
            }
        }
    }

    /** Fails when {@code <service>/target/<service>.jar} is missing or older than the sources it is built from. */
    static void requireFresh(Path root, String service) {
        Path jar = root.resolve(service).resolve("target").resolve(service + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify, or "
                    + "./mvnw -pl e2e-tests -am verify, builds them before this module)");
        }
        Path newer = Freshness.newerThan(jar, List.of(root.resolve(service).resolve("src/main"),
                root.resolve(service).resolve("pom.xml"), root.resolve("common-lib/src/main"),
                root.resolve("common-lib/pom.xml")));
        if (newer != null) {
            throw new IllegalStateException(jar + " is stale: " + newer + " changed after it was built; rebuild "
                    + "with ./mvnw -pl e2e-tests -am verify (or ./mvnw -DskipTests package)");
        }
    }

    void stop() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private static boolean ready(int port) {
        try {
            var c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")
                    .toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(1000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String require(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set: the journeys run the services against a real "
                    + "database and Redis; `bash .ci/run` sets both up");
        }
        return v;
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
