package com.bantu.deploy.support;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * docs/ARCHITECTURE.md (processes, ports, schemas) and the environment each process needs. The deployment must
 * contain every service of {@link #ALWAYS_DEPLOYED} and every other service of the table whose module exists in the
 * repository; nothing else.
 */
public final class Design {

    public record Service(String name, int port, String schema, Set<String> extraEnv) {

        public boolean hasDatabase() {
            return schema != null;
        }

        /** Environment variables the deployment must give this service, whatever its application.yml says. */
        public Set<String> requiredEnv() {
            Set<String> env = new LinkedHashSet<>(List.of("SPRING_DATA_REDIS_HOST", "SPRING_DATA_REDIS_PORT", "BANTU_JWT_SECRET"));
            if (hasDatabase()) {
                env.addAll(List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD"));
            }
            env.addAll(extraEnv);
            return env;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final String FOUNDATION_URL = "BANTU_SERVICES_FOUNDATION_URL";
    public static final String SERVICE_MANAGEMENT_URL = "BANTU_SERVICES_SERVICE_MANAGEMENT_URL";
    public static final String ANALYTICS_URL = "BANTU_SERVICES_ANALYTICS_MONITORING_URL";

    public static final List<Service> TABLE = List.of(
            new Service("gateway-service", 8080, null,
                    Set.of(FOUNDATION_URL, SERVICE_MANAGEMENT_URL, ANALYTICS_URL, "BANTU_CORS_ALLOWED_ORIGINS")),
            new Service("foundation-service", 8081, "bantu_foundation", Set.of("BANTU_ADMIN_PASSWORD")),
            new Service("service-management-service", 8082, "bantu_service_management", Set.of()),
            new Service("analytics-monitoring-service", 8083, "bantu_analytics", Set.of(FOUNDATION_URL, SERVICE_MANAGEMENT_URL)),
            new Service("business-service", 8084, "bantu_business", Set.of()),
            new Service("workflow-service", 8085, "bantu_workflow", Set.of()),
            new Service("finance-service", 8086, "bantu_finance", Set.of()));

    public static final Set<String> ALWAYS_DEPLOYED = Set.of(
            "gateway-service", "foundation-service", "service-management-service", "analytics-monitoring-service");

    private Design() {
    }

    public static Optional<Service> find(String name) {
        return TABLE.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static Service get(String name) {
        return find(name).orElseThrow(() -> new AssertionError(name + " is not in the docs/ARCHITECTURE.md table"));
    }

    /** The services the deployment must contain now, in table order. */
    public static List<Service> deployed() {
        List<Service> out = new ArrayList<>();
        for (Service s : TABLE) {
            if (ALWAYS_DEPLOYED.contains(s.name()) || Files.isRegularFile(Repo.path(s.name() + "/pom.xml"))) {
                out.add(s);
            }
        }
        return out;
    }

    public static Set<String> deployedNames() {
        Set<String> names = new LinkedHashSet<>();
        deployed().forEach(s -> names.add(s.name()));
        return names;
    }

    /** The service a BANTU_SERVICES_*_URL variable points at, or empty if the name is not such a variable. */
    public static Optional<Service> serviceOfUrlVariable(String envName) {
        return TABLE.stream()
                .filter(s -> urlVariable(s).equals(envName))
                .findFirst();
    }

    /**
     * What the deployment must give a service: DESIGN's list, every {@code ${VAR}} without default in its
     * configuration, and every variable defaulting to localhost (except addresses of services not deployed yet).
     */
    public static Set<String> containerEnv(Service s, SpringConfig config) {
        Set<String> env = new LinkedHashSet<>(s.requiredEnv());
        env.addAll(config.requiredEnv());
        for (String v : config.localhostDefaults()) {
            if (serviceOfUrlVariable(v).map(callee -> deployedNames().contains(callee.name())).orElse(true)) {
                env.add(v);
            }
        }
        return env;
    }

    public static String urlVariable(Service s) {
        String base = s.name().replaceAll("-service$", "").replace('-', '_').toUpperCase();
        return "BANTU_SERVICES_" + base + "_URL";
    }

    /** Names of variables whose value must never be written in a committed file. */
    public static boolean isSecretName(String envName) {
        return envName.matches(".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY|API_KEY|_AUTH).*");
    }
}
