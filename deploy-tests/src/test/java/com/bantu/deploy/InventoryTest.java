package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.Kustomize;
import com.bantu.deploy.support.Repo;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/** Every service that should be deployed is, in every place a deployment lists services, and nothing else is. */
class InventoryTest {

    private static final Set<String> EXPECTED = Design.deployedNames();

    @Test
    void composeRunsExactlyTheDeployedServicesPlusMonitoringAndData() {
        Compose compose = Compose.load();
        assertThat(compose.applicationServices()).as("application services in docker-compose.yml")
                .containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(compose.services().keySet()).as("infrastructure in docker-compose.yml")
                .containsAll(Compose.INFRASTRUCTURE);
    }

    @Test
    void kubernetesBaseDeploysExactlyTheDeployedServices() {
        List<String> deployments = Kustomize.render(Repo.path("k8s/base")).all(Deployment.class).stream()
                .map(d -> d.getMetadata().getName()).toList();
        assertThat(deployments).as("Deployments rendered from k8s/base").containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void oneParameterisedDockerfileAndNoPerServiceCopies() throws IOException {
        assertThat(Repo.path("docker/Dockerfile")).as("docker/Dockerfile").isRegularFile();
        Set<String> dirs = new LinkedHashSet<>();
        try (Stream<Path> s = Files.list(Repo.path("docker"))) {
            s.filter(p -> Files.isRegularFile(p.resolve("Dockerfile"))).forEach(p -> dirs.add(p.getFileName().toString()));
        }
        assertThat(dirs).as("per-service docker/<service>/Dockerfile copies").isEmpty();
    }

    @Test
    void everyDeployedServiceIsInTheDesignTable() {
        assertThat(EXPECTED).containsAll(Design.ALWAYS_DEPLOYED);
        EXPECTED.forEach(Design::get);
    }
}
