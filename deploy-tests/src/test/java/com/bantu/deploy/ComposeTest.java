package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.Probe;
import com.bantu.deploy.support.Repo;
import com.bantu.deploy.support.SpringConfig;
import com.bantu.deploy.support.Yaml;

/** docker-compose.yml: infrastructure, ports, health-gated start order, and each service's environment. */
class ComposeTest {

    private static final Compose COMPOSE = Compose.load();

    static List<Design.Service> services() {
        return Design.deployed();
    }

    @Test
    void infrastructureIsMysql8Redis7PrometheusAndGrafanaWithHealthchecks() {
        assertThat(Yaml.string(COMPOSE.service("mysql"), "image")).matches("mysql:8\\.0(\\.\\d+)?");
        assertThat(Yaml.string(COMPOSE.service("redis"), "image")).matches("redis:7(\\.\\d+)*(-alpine)?");
        assertThat(Yaml.string(COMPOSE.service("prometheus"), "image")).startsWith("prom/prometheus:v");
        assertThat(Yaml.string(COMPOSE.service("grafana"), "image")).matches("grafana/grafana(-oss)?:\\d+\\.\\d+\\.\\d+");
        for (String name : Compose.INFRASTRUCTURE) {
            assertThat(Yaml.list(Yaml.map(COMPOSE.service(name), "healthcheck"), "test")).as("%s healthcheck", name).isNotEmpty();
        }
        assertThat(mounts("mysql")).as("mysql init scripts").containsEntry("/docker-entrypoint-initdb.d", Repo.path("docker/mysql/init"));
        assertThat(mounts("prometheus")).as("prometheus config")
                .containsEntry("/etc/prometheus/prometheus.yml", Repo.path("docker/prometheus/prometheus.yml"));
        assertThat(mounts("prometheus")).as("prometheus alert rules")
                .containsEntry("/etc/prometheus/rules", Repo.path("deploy/prometheus/rules"));
        for (String name : Compose.INFRASTRUCTURE) {
            mounts(name).values().forEach(p -> assertThat(p).as("%s mounted path", name).exists());
        }
    }

    /** Bind mounts of a service: container path to host path (named volumes left out). */
    static Map<String, Path> mounts(String service) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Object v : Yaml.list(COMPOSE.service(service), "volumes")) {
            String[] parts = String.valueOf(v).split(":");
            if (parts[0].startsWith(".") || parts[0].startsWith("/")) {
                out.put(parts[1], Repo.root().resolve(parts[0]).normalize());
            }
        }
        return out;
    }

    @Test
    void onlyTheGatewayPrometheusAndGrafanaPublishPorts() {
        Map<String, List<Integer>> published = new LinkedHashMap<>();
        COMPOSE.services().forEach((name, svc) -> {
            List<Integer> targets = new ArrayList<>();
            for (Object p : Yaml.list(Yaml.cast(svc), "ports")) {
                String spec = String.valueOf(p);
                targets.add(Integer.parseInt(spec.substring(spec.lastIndexOf(':') + 1).replace("/tcp", "")));
            }
            if (!targets.isEmpty()) {
                published.put(name, targets);
            }
        });
        assertThat(published).as("services publishing ports (container ports)").containsOnlyKeys("gateway-service", "prometheus", "grafana");
        assertThat(published.get("gateway-service")).containsExactly(Design.get("gateway-service").port());
        assertThat(published.get("prometheus")).containsExactly(9090);
        assertThat(published.get("grafana")).containsExactly(3000);
        for (String monitoring : List.of("prometheus", "grafana")) {
            for (Object p : Yaml.list(COMPOSE.service(monitoring), "ports")) {
                List<Compose.Ref> refs = Compose.refs(String.valueOf(p));
                assertThat(refs).as("%s port binds to a configurable address", monitoring).isNotEmpty();
                assertThat(refs.get(0).argument()).as("%s: loopback unless configured otherwise", monitoring).isEqualTo("127.0.0.1");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void usesTheServiceImageAndRestartsOnFailure(Design.Service s) {
        Map<String, Object> svc = COMPOSE.service(s.name());
        assertThat(Yaml.string(svc, "image")).as("%s image", s.name()).startsWith("bantu/" + s.name() + ":");
        assertThat(Yaml.string(svc, "restart")).as("%s restart", s.name()).isIn("unless-stopped", "always", "on-failure");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void startsOnlyAfterWhatItNeedsIsHealthy(Design.Service s) {
        Map<String, Object> dependsOn = Yaml.map(COMPOSE.service(s.name()), "depends_on");
        assertThat(dependsOn).as("%s depends_on (long form with conditions)", s.name()).containsKey("redis");
        if (s.hasDatabase()) {
            assertThat(dependsOn).as("%s depends_on", s.name()).containsKey("mysql");
        } else {
            assertThat(dependsOn).as("%s has no database", s.name()).doesNotContainKey("mysql");
        }
        dependsOn.forEach((target, cond) -> {
            assertThat(Yaml.string(Yaml.cast(cond), "condition")).as("%s -> %s condition", s.name(), target)
                    .isEqualTo("service_healthy");
            assertThat(Yaml.list(Yaml.map(COMPOSE.service(target), "healthcheck"), "test"))
                    .as("%s waits for %s to be healthy, so %s needs a healthcheck", s.name(), target, target).isNotEmpty();
        });
    }

    @Test
    void startOrderHasNoCycle() {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        COMPOSE.services().forEach((name, svc) -> edges.put(name, Yaml.map(Yaml.cast(svc), "depends_on").keySet()));
        Set<String> done = new LinkedHashSet<>();
        for (String start : edges.keySet()) {
            visit(start, edges, new LinkedHashSet<>(), done);
        }
    }

    private static void visit(String node, Map<String, Set<String>> edges, Set<String> path, Set<String> done) {
        assertThat(path.add(node)).as("depends_on cycle through %s", path).isTrue();
        if (done.add(node)) {
            for (String next : edges.getOrDefault(node, Set.of())) {
                assertThat(edges).as("%s depends on unknown service %s", node, next).containsKey(next);
                visit(next, edges, path, done);
            }
        }
        path.remove(node);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void healthcheckAsksReadinessAndFollowsTheAnswer(Design.Service s) {
        List<Object> test = Yaml.list(Yaml.map(COMPOSE.service(s.name()), "healthcheck"), "test");
        assertThat(test).as("%s healthcheck", s.name()).isNotEmpty();
        assertThat(test.get(0)).isEqualTo("CMD");
        List<String> command = test.subList(1, test.size()).stream().map(o -> Compose.unescape(String.valueOf(o))).toList();
        Probe.Result up = Probe.run(command, 200);
        assertThat(up.exitCode()).as("%s healthcheck with readiness 200 (output: %s)", s.name(), up.output()).isZero();
        assertThat(up.requests()).containsExactly("GET /actuator/health/readiness");
        assertThat(Probe.run(command, 503).exitCode()).as("%s healthcheck with readiness 503", s.name()).isNotZero();
        assertThat(Probe.run(command, 0).exitCode()).as("%s healthcheck with nothing listening", s.name()).isNotZero();
        Probe.Result management = Probe.run(command, 200, "MANAGEMENT_SERVER_PORT");
        assertThat(management.exitCode()).as("%s healthcheck asks MANAGEMENT_SERVER_PORT when set (output: %s)", s.name(),
                management.output()).isZero();
        assertThat(Probe.run(command, 503, "MANAGEMENT_SERVER_PORT").exitCode()).isNotZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void providesEveryVariableTheServiceNeeds(Design.Service s) {
        Set<String> env = COMPOSE.environment(s.name()).keySet();
        assertThat(env).as("%s environment in docker-compose.yml", s.name()).containsAll(s.requiredEnv());
        SpringConfig config = SpringConfig.require(s.name());
        assertThat(env).as("%s environment: every ${VAR} without default or with a localhost default in %s", s.name(), config.file())
                .containsAll(Design.containerEnv(s, config));
        List<String> unread = env.stream().filter(v -> v.startsWith("BANTU_") && !config.reads(v)).toList();
        assertThat(unread).as("%s is given variables its configuration (%s) never reads: typo?", s.name(), config.file())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void environmentValuesPointAtTheRightPlaces(Design.Service s) {
        Map<String, String> env = COMPOSE.environment(s.name());
        assertThat(env.get("SPRING_DATA_REDIS_HOST")).isEqualTo("redis");
        assertThat(env.get("SPRING_DATA_REDIS_PORT")).isEqualTo("6379");
        env.forEach((name, value) -> Design.serviceOfUrlVariable(name).ifPresent(callee -> {
            assertThat(value).as("%s %s", s.name(), name).isEqualTo("http://" + callee.name() + ":" + callee.port());
            assertThat(Design.deployedNames()).as("%s points at %s, which is not deployed", name, callee.name())
                    .contains(callee.name());
        }));
        if (s.hasDatabase()) {
            assertThat(env.get("SPRING_DATASOURCE_URL")).as("%s SPRING_DATASOURCE_URL", s.name())
                    .matches("jdbc:mysql://mysql:3306/" + s.schema() + "(\\?.*)?");
            assertThat(env.get("SPRING_DATASOURCE_URL")).as("%s: a socket timeout keeps a dead database from hanging threads", s.name())
                    .contains("socketTimeout=", "connectTimeout=");
            assertThat(env.get("SPRING_DATASOURCE_USERNAME")).as("%s database user (named like its schema)", s.name())
                    .isEqualTo(s.schema());
            String passwordVar = databasePasswordVariables().get(s.schema());
            assertThat(passwordVar).as("BANTU_DATABASES of the mysql service lists %s", s.schema()).isNotNull();
            assertThat(Compose.refs(env.get("SPRING_DATASOURCE_PASSWORD"))).as("%s SPRING_DATASOURCE_PASSWORD", s.name())
                    .singleElement().extracting(Compose.Ref::name).isEqualTo(passwordVar);
        }
    }

    /** BANTU_DATABASES of the mysql service: schema to the variable holding its user's password. */
    static Map<String, String> databasePasswordVariables() {
        Map<String, String> out = new LinkedHashMap<>();
        String list = COMPOSE.environment("mysql").get("BANTU_DATABASES");
        assertThat(list).as("mysql BANTU_DATABASES").isNotBlank();
        for (String entry : list.trim().split("\\s+")) {
            String[] parts = entry.split(":");
            assertThat(parts).as("BANTU_DATABASES entry %s (schema:PASSWORD_VARIABLE)", entry).hasSize(2);
            out.put(parts[0], parts[1]);
        }
        return out;
    }

    @Test
    void mysqlCreatesASchemaForEveryServiceWithADatabaseAndNoOther() {
        Map<String, String> dbs = databasePasswordVariables();
        Set<String> schemas = new LinkedHashSet<>();
        Design.deployed().stream().filter(Design.Service::hasDatabase).forEach(s -> schemas.add(s.schema()));
        assertThat(dbs.keySet()).containsExactlyInAnyOrderElementsOf(schemas);
        Map<String, String> mysqlEnv = COMPOSE.environment("mysql");
        dbs.values().forEach(var -> {
            assertThat(mysqlEnv).as("mysql gets %s for the init script", var).containsKey(var);
            assertThat(Compose.refs(mysqlEnv.get(var))).singleElement().extracting(Compose.Ref::name).isEqualTo(var);
        });
        assertThat(Files.isExecutable(Repo.path("docker/mysql/init/10-bantu-schemas.sh")))
                .as("docker/mysql/init/10-bantu-schemas.sh is executable (git mode 100755)").isTrue();
    }
}
