package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.Kustomize;
import com.bantu.deploy.support.Repo;
import com.bantu.deploy.support.SpringConfig;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * k8s/base and k8s/overlays/prod rendered (every listed resource read into the fabric8 model, unknown fields
 * rejected) and checked against docs/ARCHITECTURE.md, the services' configuration and docker-compose.yml.
 */
class KubernetesManifestTest {

    static final List<String> RENDERS = List.of("k8s/base", "k8s/overlays/prod");
    static final String SHARED_CONFIG = "bantu-config";
    /**
     * Set in Kubernetes only: JVM flags (compose inherits the image's), and the gateway's trust in the Ingress
     * controller's X-Forwarded-For (compose publishes the gateway directly, with no proxy in front).
     */
    static final Set<String> KUBERNETES_ONLY = Set.of("JAVA_TOOL_OPTIONS", "BANTU_GATEWAY_TRUSTED_HOPS", "BANTU_GATEWAY_TRUSTED_PROXIES");
    private static final Map<String, Kustomize.Rendered> CACHE = new ConcurrentHashMap<>();

    static Kustomize.Rendered render(String dir) {
        return CACHE.computeIfAbsent(dir, d -> Kustomize.render(Repo.path(d)));
    }

    static Stream<Arguments> deployments() {
        return RENDERS.stream().flatMap(r -> Design.deployed().stream().map(s -> Arguments.of(r, s)));
    }

    private static Deployment deployment(String dir, Design.Service s) {
        return render(dir).get(Deployment.class, s.name());
    }

    private static Container container(String dir, Design.Service s) {
        List<Container> containers = deployment(dir, s).getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as("%s containers", s.name()).hasSize(1);
        assertThat(containers.get(0).getName()).isEqualTo(s.name());
        return containers.get(0);
    }

    // ---- files ----

    @Test
    void everyManifestFileIsPartOfTheKustomization() throws IOException {
        Set<Path> listed = new LinkedHashSet<>();
        RENDERS.forEach(r -> render(r).files().forEach(f -> listed.add(f.toAbsolutePath().normalize())));
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Repo.path("k8s"))) {
            s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !listed.contains(p) && !p.equals(Repo.path("k8s/secret-template.yaml").toAbsolutePath().normalize()))
                    .forEach(p -> orphans.add(Repo.relative(p)));
        }
        assertThat(orphans).as("manifests no kustomization lists (never applied, never tested)").isEmpty();
    }

    // ---- per service ----

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void deploymentRunsTheServiceImageOnTheDesignPort(String dir, Design.Service s) {
        Deployment d = deployment(dir, s);
        Container c = container(dir, s);
        String image = c.getImage();
        assertThat(image).as("%s image", s.name()).matches("(.+/)?bantu/" + s.name() + ":[A-Za-z0-9._-]+");
        int management = PrometheusConfigTest.scrapePort(s);
        if (management == s.port()) {
            assertThat(c.getPorts()).as("%s ports", s.name()).extracting(ContainerPort::getContainerPort).containsExactly(s.port());
        } else {
            assertThat(c.getPorts()).as("%s ports (API, then actuator)", s.name()).extracting(ContainerPort::getContainerPort)
                    .containsExactly(s.port(), management);
            assertThat(c.getPorts().get(1).getName()).isEqualTo("management");
        }
        assertThat(c.getPorts().get(0).getName()).isEqualTo("http");
        assertThat(d.getSpec().getReplicas()).as("%s replicas: the HPA owns the count (apply would reset it)", s.name()).isNull();
        Map<String, String> selector = d.getSpec().getSelector().getMatchLabels();
        assertThat(selector).isNotEmpty();
        assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(selector);
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                .as("%s rolling update keeps capacity", s.name()).isEqualTo(new IntOrString(0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void probesCallTheActuatorHealthGroupsOnTheServicePort(String dir, Design.Service s) {
        Container c = container(dir, s);
        checkProbe(s, c, "startupProbe", c.getStartupProbe(), "/actuator/health/liveness");
        checkProbe(s, c, "livenessProbe", c.getLivenessProbe(), "/actuator/health/liveness");
        checkProbe(s, c, "readinessProbe", c.getReadinessProbe(), "/actuator/health/readiness");
        Probe startup = c.getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold())
                .as("%s startup budget in seconds (a JVM on 2 cores takes 30-70 s)", s.name()).isBetween(90, 600);
    }

    private static void checkProbe(Design.Service s, Container c, String what, Probe probe, String path) {
        assertThat(probe).as("%s %s", s.name(), what).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as("%s %s httpGet", s.name(), what).isNotNull();
        assertThat(get.getPath()).as("%s %s path", s.name(), what).isEqualTo(path);
        assertThat(resolvePort(c, get.getPort())).as("%s %s port (where actuator answers)", s.name(), what)
                .isEqualTo(PrometheusConfigTest.scrapePort(s));
        assertThat(probe.getTimeoutSeconds()).as("%s %s timeoutSeconds", s.name(), what).isNotNull().isPositive();
    }

    private static int resolvePort(Container c, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .map(ContainerPort::getContainerPort)
                .orElseThrow(() -> new AssertionError(c.getName() + " has no port named " + port.getStrVal()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void requestsAndLimitsAreSet(String dir, Design.Service s) {
        Container c = container(dir, s);
        Map<String, Quantity> requests = c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources().getLimits();
        assertThat(requests).as("%s requests", s.name()).containsKeys("cpu", "memory");
        assertThat(limits).as("%s limits", s.name()).containsKeys("cpu", "memory");
        for (String r : List.of("cpu", "memory")) {
            assertThat(Quantity.getAmountInBytes(requests.get(r)))
                    .as("%s %s request <= limit", s.name(), r).isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get(r)));
        }
        assertThat(Quantity.getAmountInBytes(limits.get("memory")).longValue())
                .as("%s memory limit (heap is 75 %% of it)", s.name()).isGreaterThanOrEqualTo(512L * 1024 * 1024);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void terminationLeavesTimeForDrainingAndGracefulShutdown(String dir, Design.Service s) {
        PodSpec pod = deployment(dir, s).getSpec().getTemplate().getSpec();
        Container c = container(dir, s);
        List<String> preStop = c.getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop).as("%s preStop (endpoints drop the pod before it stops)", s.name()).hasSize(2).startsWith("sleep");
        long sleep = Long.parseLong(preStop.get(1));
        Duration shutdown = SpringConfig.load(s.name()).map(SpringConfig::shutdownPhaseTimeout).orElse(Duration.ofSeconds(30));
        assertThat(pod.getTerminationGracePeriodSeconds())
                .as("%s terminationGracePeriodSeconds > preStop %d s + shutdown phase %s", s.name(), sleep, shutdown)
                .isGreaterThan(sleep + shutdown.toSeconds());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void podMeetsTheRestrictedPodSecurityStandard(String dir, Design.Service s) {
        PodSpec pod = deployment(dir, s).getSpec().getTemplate().getSpec();
        Container c = container(dir, s);
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).as("%s runAsNonRoot", s.name()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).as("%s runAsUser", s.name()).isNotNull().isPositive();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(c.getVolumeMounts()).as("%s: a writable /tmp (Tomcat, JVM) with a read-only root", s.name())
                .anyMatch(m -> m.getMountPath().equals("/tmp"));
        assertThat(pod.getAutomountServiceAccountToken()).as("%s needs no API token", s.name()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void prometheusScrapeAnnotationsPointAtActuatorPrometheus(String dir, Design.Service s) {
        Map<String, String> a = deployment(dir, s).getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(a).as("%s pod annotations", s.name())
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(PrometheusConfigTest.scrapePort(s)))
                .containsEntry("prometheus.io/path", "/actuator/prometheus");
    }

    /** Every variable the container gets: its env entries plus the keys of the ConfigMaps it loads whole. */
    static Map<String, String> effectiveEnv(String dir, Design.Service s, boolean includeShared) {
        Map<String, String> env = new LinkedHashMap<>();
        Container c = container(dir, s);
        for (EnvFromSource from : c.getEnvFrom()) {
            assertThat(from.getSecretRef()).as("%s: whole Secrets hide which keys a service reads; use secretKeyRef", s.name()).isNull();
            String name = from.getConfigMapRef().getName();
            ConfigMap cm = render(dir).find(ConfigMap.class, name)
                    .orElseThrow(() -> new AssertionError(s.name() + " loads ConfigMap " + name + ", which is not in " + dir));
            if (includeShared || !name.equals(SHARED_CONFIG)) {
                env.putAll(cm.getData());
            }
        }
        for (EnvVar e : c.getEnv()) {
            env.put(e.getName(), e.getValue() != null ? e.getValue()
                    : e.getValueFrom().getSecretKeyRef() != null ? "secret:" + e.getValueFrom().getSecretKeyRef().getKey()
                    : "ref");
        }
        return env;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void environmentProvidesEveryVariableTheServiceNeeds(String dir, Design.Service s) {
        Map<String, String> env = effectiveEnv(dir, s, true);
        assertThat(env.keySet()).as("%s environment in %s", s.name(), dir).containsAll(s.requiredEnv());
        SpringConfig config = SpringConfig.require(s.name());
        assertThat(env.keySet()).as("%s environment in %s: every ${VAR} without default or with a localhost default in %s",
                s.name(), dir, config.file()).containsAll(Design.containerEnv(s, config));
        List<String> unread = effectiveEnv(dir, s, false).keySet().stream()
                .filter(v -> v.startsWith("BANTU_") && !config.reads(v)).toList();
        assertThat(unread).as("%s is given variables its configuration (%s) never reads: typo?", s.name(), config.file()).isEmpty();
        assertThat(env.get("JAVA_TOOL_OPTIONS")).as("%s JAVA_TOOL_OPTIONS", s.name())
                .contains("-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAMPercentage=75");
        if (s.name().equals("gateway-service")) {
            assertThat(env.get("JAVA_TOOL_OPTIONS")).contains("-Dreactor.netty.native=false");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void environmentMatchesDockerCompose(String dir, Design.Service s) {
        Map<String, String> k8s = effectiveEnv(dir, s, true);
        Map<String, String> compose = Compose.load().environment(s.name());
        assertThat(k8s.keySet()).as("%s: what compose gives, Kubernetes gives too", s.name()).containsAll(compose.keySet());
        Set<String> extra = new LinkedHashSet<>(k8s.keySet());
        extra.removeAll(compose.keySet());
        extra.removeAll(render(dir).get(ConfigMap.class, SHARED_CONFIG).getData().keySet());
        extra.removeAll(KUBERNETES_ONLY);
        assertThat(extra).as("%s: variables only Kubernetes gives", s.name()).isEmpty();
        compose.forEach((name, value) -> {
            if (Compose.refs(value).isEmpty()) {
                assertThat(k8s.get(name)).as("%s %s same in compose and Kubernetes", s.name(), name).isEqualTo(value);
            }
        });
        if (s.hasDatabase()) {
            String composeVar = Compose.refs(compose.get("SPRING_DATASOURCE_PASSWORD")).get(0).name();
            assertThat(k8s.get("SPRING_DATASOURCE_PASSWORD")).as("%s database password key", s.name()).isEqualTo("secret:" + composeVar);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void serviceExposesTheDesignPort(String dir, Design.Service s) {
        Service svc = render(dir).get(Service.class, s.name());
        assertThat(svc.getSpec().getType()).isIn(null, "ClusterIP");
        Map<String, String> podLabels = deployment(dir, s).getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).as("%s Service selector matches the pods", s.name()).containsAllEntriesOf(svc.getSpec().getSelector());
        int management = PrometheusConfigTest.scrapePort(s);
        assertThat(svc.getSpec().getPorts()).hasSize(management == s.port() ? 1 : 2);
        if (management != s.port()) {
            ServicePort m = svc.getSpec().getPorts().get(1);
            assertThat(m.getName()).isEqualTo("management");
            assertThat(m.getPort()).isEqualTo(management);
            assertThat(resolvePort(container(dir, s), m.getTargetPort())).isEqualTo(management);
        }
        ServicePort p = svc.getSpec().getPorts().get(0);
        assertThat(p.getPort()).as("%s Service port", s.name()).isEqualTo(s.port());
        assertThat(p.getName()).isEqualTo("http");
        assertThat(resolvePort(container(dir, s), p.getTargetPort())).as("%s targetPort", s.name()).isEqualTo(s.port());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void autoscalerScalesTheDeploymentOnCpu(String dir, Design.Service s) {
        HorizontalPodAutoscaler hpa = render(dir).get(HorizontalPodAutoscaler.class, s.name());
        var target = hpa.getSpec().getScaleTargetRef();
        assertThat(target.getKind()).isEqualTo("Deployment");
        assertThat(target.getApiVersion()).isEqualTo("apps/v1");
        assertThat(target.getName()).isEqualTo(s.name());
        assertThat(hpa.getSpec().getMinReplicas()).as("%s minReplicas", s.name()).isNotNull().isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).as("%s maxReplicas", s.name()).isGreaterThan(hpa.getSpec().getMinReplicas());
        List<MetricSpec> metrics = hpa.getSpec().getMetrics();
        assertThat(metrics).as("%s metrics", s.name()).anyMatch(m -> "Resource".equals(m.getType())
                && "cpu".equals(m.getResource().getName()) && "Utilization".equals(m.getResource().getTarget().getType()));
        assertThat(container(dir, s).getResources().getRequests()).as("utilization is relative to the cpu request").containsKey("cpu");

        PodDisruptionBudget pdb = render(dir).get(PodDisruptionBudget.class, s.name());
        assertThat(deployment(dir, s).getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMaxUnavailable()).as("%s PDB maxUnavailable (minAvailable would block drains)", s.name())
                .isEqualTo(new IntOrString(1));
    }

    // ---- shared objects ----

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/prod"})
    void ingressSendsEverythingToTheGateway(String dir) {
        List<Ingress> ingresses = render(dir).all(Ingress.class);
        assertThat(ingresses).as("one Ingress").hasSize(1);
        Ingress ing = ingresses.get(0);
        assertThat(ing.getSpec().getIngressClassName()).isNotBlank();
        assertThat(ing.getSpec().getDefaultBackend()).isNull();
        Service gateway = render(dir).get(Service.class, "gateway-service");
        Set<String> hosts = new LinkedHashSet<>();
        for (IngressRule rule : ing.getSpec().getRules()) {
            assertThat(rule.getHost()).as("Ingress rule host").isNotBlank();
            hosts.add(rule.getHost());
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                IngressServiceBackend backend = path.getBackend().getService();
                assertThat(backend.getName()).as("Ingress backend of %s", path.getPath()).isEqualTo("gateway-service");
                var port = backend.getPort();
                assertThat(gateway.getSpec().getPorts()).as("gateway Service port %s", port)
                        .anyMatch(p -> port.getNumber() != null ? port.getNumber().equals(p.getPort()) : port.getName().equals(p.getName()));
            }
        }
        List<HTTPIngressPath> paths = ing.getSpec().getRules().get(0).getHttp().getPaths();
        assertThat(paths).as("the API is routed").anyMatch(p -> p.getPath().equals("/api") && "Prefix".equals(p.getPathType()));
        assertThat(paths).as("/actuator/** (metrics, info) must stay inside the cluster")
                .noneMatch(p -> p.getPath().equals("/") || p.getPath().startsWith("/actuator"));
        Set<String> tlsHosts = new LinkedHashSet<>();
        ing.getSpec().getTls().forEach(t -> tlsHosts.addAll(t.getHosts()));
        assertThat(tlsHosts).as("TLS covers every host").containsAll(hosts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/prod"})
    void sharedConfigPointsAtServicesThatExist(String dir) {
        Kustomize.Rendered r = render(dir);
        Map<String, String> shared = r.get(ConfigMap.class, SHARED_CONFIG).getData();
        shared.forEach((name, value) -> Design.serviceOfUrlVariable(name).ifPresent(callee -> {
            assertThat(value).as("%s %s", SHARED_CONFIG, name).isEqualTo("http://" + callee.name() + ":" + callee.port());
            assertThat(r.get(Service.class, callee.name()).getSpec().getPorts()).anyMatch(p -> p.getPort() == callee.port());
        }));
        Design.deployed().stream().filter(s -> !s.name().equals("gateway-service"))
                .forEach(s -> assertThat(shared).as("%s address in %s", s.name(), SHARED_CONFIG).containsKey(Design.urlVariable(s)));
        assertThat(r.get(Service.class, shared.get("SPRING_DATA_REDIS_HOST")).getSpec().getPorts())
                .anyMatch(p -> String.valueOf(p.getPort()).equals(shared.get("SPRING_DATA_REDIS_PORT")));
        assertThat(r.get(Service.class, "mysql").getSpec().getPorts()).as("mysql Service (the JDBC URLs name mysql:3306)")
                .anyMatch(p -> p.getPort() == 3306);
    }

    @Test
    void prodOverlaySetsNamespaceAndReleasedImages() {
        Kustomize.Rendered prod = render("k8s/overlays/prod");
        Namespace ns = prod.all(Namespace.class).stream().findFirst()
                .orElseThrow(() -> new AssertionError("the prod overlay creates its Namespace"));
        for (HasMetadata o : prod.objects()) {
            if (!(o instanceof Namespace)) {
                assertThat(o.getMetadata().getNamespace()).as("%s/%s namespace", o.getKind(), o.getMetadata().getName())
                        .isEqualTo(ns.getMetadata().getName());
            }
        }
        for (Deployment d : prod.all(Deployment.class)) {
            String image = d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            assertThat(image).as("%s image in prod: from a registry, a release tag", d.getMetadata().getName())
                    .contains("/bantu/").doesNotEndWith(":latest").doesNotContain("SNAPSHOT");
        }
        List<String> baseKinds = render("k8s/base").objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
        List<String> prodKinds = prod.objects().stream().filter(o -> !(o instanceof Namespace))
                .map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
        assertThat(prodKinds).as("prod deploys what base defines").containsExactlyInAnyOrderElementsOf(baseKinds);
    }
}
