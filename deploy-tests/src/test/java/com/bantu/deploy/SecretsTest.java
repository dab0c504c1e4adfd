package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.Kustomize;
import com.bantu.deploy.support.Probe;
import com.bantu.deploy.support.Repo;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** No secret value in any committed deployment file; every secret comes from .env (compose) or bantu-secrets (k8s). */
class SecretsTest {

    static final String PLACEHOLDER = "change-me";
    private static final Path ENV_EXAMPLE = Repo.path(".env.example");
    private static final Path SECRET_TEMPLATE = Repo.path("k8s/secret-template.yaml");

    static Map<String, String> envExample() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Repo.read(ENV_EXAMPLE).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int eq = l.indexOf('=');
            assertThat(eq).as(".env.example line %s (KEY=VALUE)", l).isPositive();
            assertThat(out.put(l.substring(0, eq), l.substring(eq + 1))).as(".env.example sets %s twice", l).isNull();
        }
        return out;
    }

    static Secret secretTemplate() {
        List<HasMetadata> objects = Kustomize.load(SECRET_TEMPLATE);
        assertThat(objects).as("k8s/secret-template.yaml holds one Secret").singleElement().isInstanceOf(Secret.class);
        return (Secret) objects.get(0);
    }

    @Test
    void composeTakesEverySecretFromEnvWithoutDefault() {
        Compose compose = Compose.load();
        List<String> problems = new ArrayList<>();
        compose.services().keySet().forEach(service -> compose.environment(service).forEach((name, value) -> {
            if (Design.isSecretName(name)) {
                List<Compose.Ref> refs = Compose.refs(value);
                if (!Compose.isSingleRef(value) || !refs.get(0).required() || refs.get(0).hasDefault()) {
                    problems.add(service + "." + name + " = " + value + " (must be ${VAR:?message} or ${VAR?message}, never a default)");
                }
            }
        }));
        assertThat(problems).as("secret variables in docker-compose.yml").isEmpty();
    }

    @Test
    void everyVariableComposeReadsIsDocumentedInEnvExample() {
        Map<String, String> example = envExample();
        Set<String> missing = new LinkedHashSet<>();
        for (Compose.Ref ref : Compose.load().allRefs()) {
            if (!ref.hasDefault() && !example.containsKey(ref.name())) {
                missing.add(ref.name());
            }
        }
        assertThat(missing).as("variables docker-compose.yml needs but .env.example does not list").isEmpty();
    }

    @Test
    void envExampleHasPlaceholdersOnlyForSecrets() {
        envExample().forEach((name, value) -> {
            if (Design.isSecretName(name)) {
                assertThat(value).as(".env.example %s", name).isEqualTo(PLACEHOLDER);
            }
        });
    }

    @Test
    void secretTemplateHoldsOnlyPlaceholdersAndTheKeysTheDeploymentsRead() {
        Secret secret = secretTemplate();
        assertThat(secret.getMetadata().getName()).isEqualTo("bantu-secrets");
        assertThat(secret.getData()).as("base64 data in the template (would be a real value)").isNullOrEmpty();
        assertThat(secret.getStringData()).as("stringData").isNotEmpty();
        secret.getStringData().forEach((k, v) -> assertThat(v).as("bantu-secrets %s", k).isEqualTo(PLACEHOLDER));
        assertThat(envExample().keySet()).as("keys share the .env names").containsAll(secret.getStringData().keySet());

        Set<String> used = new LinkedHashSet<>();
        for (String overlay : List.of("k8s/base", "k8s/overlays/prod")) {
            for (Deployment d : Kustomize.render(Repo.path(overlay)).all(Deployment.class)) {
                for (var c : d.getSpec().getTemplate().getSpec().getContainers()) {
                    for (EnvVar e : c.getEnv()) {
                        if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                            var ref = e.getValueFrom().getSecretKeyRef();
                            assertThat(ref.getName()).as("%s %s secret", d.getMetadata().getName(), e.getName()).isEqualTo("bantu-secrets");
                            assertThat(secret.getStringData()).as("%s reads key %s of bantu-secrets", d.getMetadata().getName(), ref.getKey())
                                    .containsKey(ref.getKey());
                            used.add(ref.getKey());
                        }
                    }
                }
            }
        }
        assertThat(used).as("template keys no Deployment reads (stale?)").containsExactlyInAnyOrderElementsOf(secret.getStringData().keySet());
    }

    @Test
    void kubernetesManifestsHoldNoSecretValue() {
        for (String overlay : List.of("k8s/base", "k8s/overlays/prod")) {
            Kustomize.Rendered r = Kustomize.render(Repo.path(overlay));
            assertThat(r.all(Secret.class)).as("%s must not create Secrets (kubectl apply would overwrite the real ones)", overlay)
                    .isEmpty();
            for (ConfigMap cm : r.all(ConfigMap.class)) {
                assertThat(cm.getData().keySet()).as("%s ConfigMap %s holds a secret", overlay, cm.getMetadata().getName())
                        .noneMatch(Design::isSecretName);
            }
            for (Deployment d : r.all(Deployment.class)) {
                for (var c : d.getSpec().getTemplate().getSpec().getContainers()) {
                    for (EnvVar e : c.getEnv()) {
                        if (Design.isSecretName(e.getName())) {
                            assertThat(e.getValue()).as("%s %s must come from a secretKeyRef", d.getMetadata().getName(), e.getName()).isNull();
                            assertThat(e.getValueFrom().getSecretKeyRef()).as("%s %s", d.getMetadata().getName(), e.getName()).isNotNull();
                        }
                    }
                }
            }
        }
    }

    /** Long base64/hex-looking runs are what pasted keys and passwords look like. */
    @Test
    void noCommittedDeploymentFileContainsAKeyLikeString() throws IOException {
        Pattern tokenLike = Pattern.compile("(?<![A-Za-z0-9+/=_.-])[A-Za-z0-9+/]{32,}={0,2}(?![A-Za-z0-9+/=_.-])");
        List<Path> files = new ArrayList<>(List.of(Repo.path("docker-compose.yml"), ENV_EXAMPLE));
        for (String dir : List.of("docker", "k8s", "deploy")) {
            try (Stream<Path> s = Files.walk(Repo.path(dir))) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        List<String> hits = new ArrayList<>();
        for (Path f : files) {
            Matcher m = tokenLike.matcher(Repo.read(f));
            while (m.find()) {
                // a file path made of words only (a mount target such as /etc/grafana/provisioning/dashboards)
                if (!m.group().matches("(/[A-Za-z_-]+)+")) {
                    hits.add(Repo.relative(f) + ": " + m.group());
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void generateEnvReplacesEveryPlaceholderWithAStrongValue(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("docker"));
        Files.copy(ENV_EXAMPLE, tmp.resolve(".env.example"));
        Path script = Files.copy(Repo.path("docker/generate-env.sh"), tmp.resolve("docker/generate-env.sh"));
        assertThat(Files.isExecutable(Repo.path("docker/generate-env.sh"))).as("docker/generate-env.sh is executable").isTrue();

        Probe.Result first = Probe.exec(List.of("bash", script.toString()), Map.of(), tmp, List.of());
        assertThat(first.exitCode()).as("generate-env.sh: %s", first.output()).isZero();
        Map<String, String> example = envExample();
        Map<String, String> generated = new LinkedHashMap<>();
        for (String line : Files.readString(tmp.resolve(".env"), StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                generated.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertThat(generated.keySet()).containsExactlyElementsOf(example.keySet());
        example.forEach((k, v) -> {
            if (v.equals(PLACEHOLDER)) {
                assertThat(generated.get(k).getBytes(StandardCharsets.UTF_8).length).as("generated %s bytes", k)
                        .isGreaterThanOrEqualTo(32);
                assertThat(generated.get(k)).as("generated %s", k).doesNotContain(PLACEHOLDER, "#", " ", "'", "\"", "$");
            } else {
                assertThat(generated.get(k)).as("generated %s keeps its example value", k).isEqualTo(v);
            }
        });
        Probe.Result second = Probe.exec(List.of("bash", script.toString()), Map.of(), tmp, List.of());
        assertThat(second.exitCode()).as("generate-env.sh must not overwrite an existing .env").isNotZero();
    }
}
