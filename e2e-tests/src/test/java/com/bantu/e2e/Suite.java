package com.bantu.e2e;

import com.bantu.common.test.Freshness;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the seven real service jars as separate processes (production profile) against the test MariaDB and Redis,
 * each on a free port, all at once, waits until every one is ready, and stops them at the end. The jars come from
 * {@code <service>/target/<service>.jar}, which the reactor builds before this module (the module declares the
 * services as test-scoped {@code pom} dependencies for that order, so {@code ./mvnw -pl e2e-tests -am verify} builds
 * them too). A jar older than any file under its module's {@code src/main}, its {@code pom.xml} or common-lib's
 * {@code src/main} is refused with a message: the journeys never run a stale build.
 *
 * <p>Fault tests stop a service ({@link #kill} with SIGKILL, {@link #stop(String)} gracefully) and start it again
 * on the same port with the same environment ({@link #start(String)}), pause and resume it ({@link #pause},
 * {@link #resume}: SIGSTOP/SIGCONT), or start an extra instance of a jar with a changed environment
 * ({@link #startInstance}); a process's log is appended to, so one file tells the whole story of a service in a run
 * ({@code e2e-tests/target/e2e-logs/<instance>.log}).
 *
 * <p>Redis: the suite runs its own {@code redis-server} on a free port (no persistence) for all seven services, so a
 * fault test can stop and restart it ({@link #stopRedis}, {@link #startRedis}) without touching the machine's shared
 * Redis that other builds use. The database is the shared test MariaDB (one schema per service).
 */
final class Suite {

    static final String ADMIN_PASSWORD = "E2e-Admin-Passw0rd";
    /** The gateway's response timeout for analytics-monitoring in these runs (30 s for the other services). */
    static final Duration ANALYTICS_ROUTE_TIMEOUT = Duration.ofSeconds(15);
    static final List<String> SERVICES = List.of("foundation-service", "service-management-service",
            "analytics-monitoring-service", "business-service", "workflow-service", "finance-service",
            "gateway-service");
    private static Suite instance;
    private static RuntimeException failure;

    /** The seven services' ports (extra instances are in {@link #extraPorts}). */
    final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> extraPorts = new ConcurrentHashMap<>();
    private final Map<String, String> jars = new ConcurrentHashMap<>();
    private final Map<String, Process> processes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> environments = new ConcurrentHashMap<>();
    private final int redisPort = freePort();
    private volatile Process redis;
    private final String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
    private Path root;
    private Path logs;

    /** The running suite; a start that failed fails every later caller with the same cause (no second start). */
    static synchronized Suite get() {
        if (failure != null) {
            throw failure;
        }
        if (instance == null) {
            Suite s = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(s::stopAll));
            try {
                s.startAll();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            instance = s;
        }
        return instance;
    }

    String gateway() {
        return "http://127.0.0.1:" + ports.get("gateway-service");
    }

    /** Base URL of a service (or of an extra instance started by {@link #startInstance}) on its own port. */
    String direct(String service) {
        return "http://127.0.0.1:" + port(service);
    }

    private int port(String instance) {
        Integer p = ports.get(instance);
        return p != null ? p : extraPorts.get(instance);
    }

    private void startAll() {
        String jdbc = require("BANTU_TEST_JDBC_URL");
        root = Path.of(System.getProperty("bantu.repo.root", "..")).toAbsolutePath().normalize();
        for (String s : SERVICES) {
            ports.put(s, freePort());
        }
        for (String s : SERVICES) {
            requireFresh(root, s);
        }
        logs = root.resolve("e2e-tests/target/e2e-logs");
        try {
            Files.createDirectories(logs);
            try (var old = Files.list(logs)) {
                for (Path log : old.toList()) {
                    Files.deleteIfExists(log);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String user = System.getenv().getOrDefault("BANTU_TEST_JDBC_USER", "root");
        String password = System.getenv().getOrDefault("BANTU_TEST_JDBC_PASSWORD", "");
        String base = jdbc.endsWith("/") ? jdbc.substring(0, jdbc.length() - 1) : jdbc;
        startRedis();
        for (String svc : SERVICES) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("BANTU_JWT_SECRET", secret);
            env.put("SPRING_DATA_REDIS_HOST", "127.0.0.1");
            env.put("SPRING_DATA_REDIS_PORT", String.valueOf(redisPort));
            env.put("SPRING_DATA_REDIS_DATABASE", "0");
            for (String target : SERVICES) {
                String name = target.replace("-service", "").replace('-', '_').toUpperCase();
                env.put("BANTU_SERVICES_" + name + "_URL", direct(target));
            }
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
                String schema = "bantu_e2e_" + svc.replace("-service", "")
                        .replace('-', '_') + System.getenv().getOrDefault("BANTU_TEST_SCHEMA_SUFFIX", "");
                env.put("SPRING_DATASOURCE_URL", base + "/" + schema + "?createDatabaseIfNotExist=true");
                env.put("SPRING_DATASOURCE_USERNAME", user);
                env.put("SPRING_DATASOURCE_PASSWORD", password);
                env.put("BANTU_ADMIN_PASSWORD", ADMIN_PASSWORD);
            }
            if (svc.equals("business-service")) {
                env.put("BANTU_FILES_DIR", root.resolve("e2e-tests/target/e2e-files").toString());
            }
            environments.put(svc, env);
        }
        for (String svc : SERVICES) {
            launch(svc);
        }
        // seven JVMs starting at once on a small shared machine: 25 to 35 s each on an idle 2-core machine, up to
        // 12 minutes when the two cores also run other builds (load average 40); BANTU_E2E_START_SECONDS overrides
        long deadline = System.currentTimeMillis() + 1000L * startSeconds();
        long started = System.currentTimeMillis();
        try {
            for (String svc : SERVICES) {
                awaitReady(svc, deadline);
            }
        } catch (IllegalStateException e) {
            stopAll();
            throw e;
        }
        System.out.printf("Suite: %d services ready %d s after launch%n", SERVICES.size(),
                (System.currentTimeMillis() - started) / 1000);
    }

    private static long startSeconds() {
        return Long.parseLong(System.getenv().getOrDefault("BANTU_E2E_START_SECONDS", "1200"));
    }

    private void launch(String svc) {
        String service = jars.getOrDefault(svc, svc);
        Path jar = root.resolve(service).resolve("target").resolve(service + ".jar");
        List<String> command = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xss512k", "-Xmx256m", "-Dreactor.netty.native=false", "-jar", jar.toString(),
                "--server.port=" + port(svc), "--logging.structured.format.console=",
                // undelivered events are retried every second here (10 s, backing off to 10 min, in production), so
                // a consumer that comes back is caught up within the fault tests' patience
                "--bantu.events.retry.interval=1s", "--bantu.events.retry.initial-backoff=1s",
                "--bantu.events.retry.max-backoff=2s",
                // business' own calls (foundation, service-management, workflow's signal): 3 s in production
                "--bantu.remote.read-timeout=15s"));
        if (service.equals("finance-service")) {
            // the daily collection job every 10 s (ShedLock holds it for at least 30 s), so the scale-out test sees
            // which replica runs it
            command.add("--bantu.finance.collection.cron=*/10 * * * * *");
        }
        if (svc.equals("gateway-service")) {
            // a cold downstream JVM on a loaded machine answers its first requests slowly (10 s in production)
            // analytics (which the fault tests pause) gets a shorter timeout: a paused service answers 504 sooner
            for (String target : SERVICES) {
                if (!target.equals(svc)) {
                    long seconds = target.equals("analytics-monitoring-service")
                            ? ANALYTICS_ROUTE_TIMEOUT.toSeconds() : 30;
                    command.add("--bantu.services." + target.replace("-service", "") + ".response-timeout="
                            + seconds + "s");
                }
            }
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(svc + ".log").toFile()));
        pb.environment().putAll(environments.get(svc));
        try {
            Files.writeString(logs.resolve(svc + ".log"), "==== e2e: starting " + svc + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            processes.put(svc, pb.start());
        } catch (IOException ex) {
            throw new IllegalStateException("cannot start " + svc, ex);
        }
    }

    private void awaitReady(String svc, long deadline) {
        while (!ready(port(svc))) {
            Process p = processes.get(svc);
            if (System.currentTimeMillis() > deadline || p == null || !p.isAlive()) {
                throw new IllegalStateException(svc + " did not become ready; see " + logs.resolve(svc + ".log"));
            }
            sleep(250);
        }
    }

    /** Starts a stopped service again on its port with its environment and waits until it is ready. */
    void start(String svc) {
        if (processes.containsKey(svc) && processes.get(svc).isAlive()) {
            throw new IllegalStateException(svc + " is running");
        }
        launch(svc);
        awaitReady(svc, System.currentTimeMillis() + 1000L * startSeconds());
    }

    /** {@code kill -9}: the process gets no chance to finish anything. */
    void kill(String svc) {
        Process p = processes.remove(svc);
        if (p != null) {
            p.destroyForcibly();
            waitFor(p);
        }
    }

    /** A graceful stop (SIGTERM: Spring's shutdown hooks run). */
    void stop(String svc) {
        Process p = processes.remove(svc);
        if (p != null) {
            p.destroy();
            waitFor(p);
        }
    }

    boolean running(String svc) {
        Process p = processes.get(svc);
        return p != null && p.isAlive();
    }

    /** SIGSTOP: the process keeps its sockets (connections are accepted by the kernel) but answers nothing. */
    void pause(String svc) {
        signal(svc, "STOP");
    }

    /** SIGCONT after {@link #pause}. */
    void resume(String svc) {
        signal(svc, "CONT");
    }

    private void signal(String svc, String signal) {
        Process p = processes.get(svc);
        if (p == null || !p.isAlive()) {
            throw new IllegalStateException(svc + " is not running");
        }
        run(List.of("kill", "-" + signal, String.valueOf(p.pid())), Duration.ofSeconds(10));
    }

    /**
     * Starts another process of {@code service}'s jar as {@code instance} on a free port, with the service's
     * environment changed by {@code overrides}, and waits until it is ready. The other services do not know it: it
     * is reached with {@link #direct(String)}. {@link #stop(String)} ends it.
     */
    void startInstance(String instance, String service, Map<String, String> overrides) {
        Map<String, String> env = new LinkedHashMap<>(environments.get(service));
        env.putAll(overrides);
        environments.put(instance, env);
        jars.put(instance, service);
        extraPorts.put(instance, freePort());
        start(instance);
    }

    /**
     * Starts several extra instances (instance → service) with their services' environments unchanged (the same
     * schemas: replicas), all at once, and waits until each is ready.
     */
    void startInstances(Map<String, String> instances) {
        instances.forEach((instance, service) -> {
            environments.put(instance, new LinkedHashMap<>(environments.get(service)));
            jars.put(instance, service);
            extraPorts.put(instance, freePort());
            launch(instance);
        });
        long deadline = System.currentTimeMillis() + 1000L * startSeconds();
        instances.keySet().forEach(instance -> awaitReady(instance, deadline));
    }

    /**
     * Stops {@code svc} gracefully, changes its environment ({@code null} value = removed) and starts it again on its
     * port, waiting until it is ready; e.g. the gateway given the addresses of replicas.
     */
    void restart(String svc, Map<String, String> changes) {
        stop(svc);
        Map<String, String> env = environments.get(svc);
        changes.forEach((k, v) -> {
            if (v == null) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        start(svc);
    }

    /** The port of the suite's own Redis. */
    int redisPort() {
        return redisPort;
    }

    /**
     * Starts the suite's own {@code redis-server} (no persistence: a restart starts empty, like a Redis that lost its
     * memory) on its port and waits until it answers PING.
     */
    synchronized void startRedis() {
        if (redis != null && redis.isAlive()) {
            throw new IllegalStateException("redis is running");
        }
        try {
            redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("redis.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server (is it installed?)", e);
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (!redisAnswers()) {
            if (System.currentTimeMillis() > deadline || !redis.isAlive()) {
                throw new IllegalStateException("redis-server did not answer on " + redisPort + "; see "
                        + logs.resolve("redis.log"));
            }
            sleep(100);
        }
    }

    /** SIGKILL of the suite's Redis: connections drop, nothing is saved. */
    synchronized void stopRedis() {
        if (redis != null) {
            redis.destroyForcibly();
            waitFor(redis);
            redis = null;
        }
    }

    boolean redisRunning() {
        return redis != null && redis.isAlive();
    }

    private boolean redisAnswers() {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", redisPort)) {
            s.setSoTimeout(1000);
            s.getOutputStream().write("PING\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] buf = new byte[7];
            int n = s.getInputStream().read(buf);
            return n > 0 && new String(buf, 0, n, java.nio.charset.StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a short command to its end (bounded), failing on a non-zero exit; its output goes to the suite's log. */
    void run(List<String> command, Duration limit) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("commands.log").toFile())).start();
            if (!p.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + limit);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + p.exitValue() + "; see "
                        + logs.resolve("commands.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Path logs() {
        return logs;
    }

    Path root() {
        return root;
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

    void stopAll() {
        List<Process> all = new ArrayList<>(processes.values());
        processes.clear();
        all.forEach(p -> {
            // a paused process ignores SIGTERM until it is continued
            try {
                run(List.of("kill", "-CONT", String.valueOf(p.pid())), Duration.ofSeconds(10));
            } catch (RuntimeException ignored) {
                // already gone
            }
            p.destroy();
        });
        all.forEach(Suite::waitFor);
        stopRedis();
    }

    private static void waitFor(Process p) {
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
