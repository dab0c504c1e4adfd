package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Design;
import com.bantu.deploy.support.Dockerfile;
import com.bantu.deploy.support.Probe;
import com.bantu.deploy.support.Repo;
import com.bantu.deploy.support.Yaml;

/**
 * docker/Dockerfile, read with each service's compose build arguments: JRE 25 (the jars are compiled for 17), layered
 * Boot jar, non-root, liveness HEALTHCHECK that really works.
 */
class DockerfileTest {

    static List<Design.Service> services() {
        return Design.deployed();
    }

    private static Dockerfile dockerfile(Design.Service s) {
        assertThat(Dockerfile.SHARED).as("the shared Dockerfile").isRegularFile();
        return Dockerfile.forService(s.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void runsOnJre25AsANonRootUser(Design.Service s) {
        Dockerfile d = dockerfile(s);
        Dockerfile.Stage runtime = d.finalStage();
        assertThat(runtime.from()).as("%s runtime base image", d.file()).isEqualTo("eclipse-temurin:25-jre");
        assertThat(d.stages().get(0).from()).as("%s extract stage base image", d.file()).isEqualTo("eclipse-temurin:25-jre");
        String user = runtime.last("USER").arguments().split(":")[0];
        assertThat(user).as("%s USER must be numeric (Kubernetes runAsNonRoot checks the uid)", d.file()).matches("\\d+");
        assertThat(Integer.parseInt(user)).as("%s USER", d.file()).isNotZero();
        int userAt = runtime.last("USER").line();
        assertThat(runtime.instructions()).as("%s: nothing may run as root after USER", d.file())
                .noneMatch(i -> i.line() > userAt && i.keyword().equals("RUN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void copiesTheServiceJarInSpringBootLayers(Design.Service s) {
        Dockerfile d = dockerfile(s);
        Dockerfile.Stage extract = d.stages().get(0);
        assertThat(d.stages()).as("%s: multi-stage (extract, runtime)", d.file()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(extract.all("COPY")).as("%s copies the jar Maven builds (finalName = artifactId)", d.file())
                .anyMatch(i -> i.arguments().startsWith("target/" + s.name() + ".jar "));
        assertThat(extract.all("RUN")).as("%s extracts the layers with Boot's tools jar mode", d.file())
                .anyMatch(i -> i.arguments().matches(".*java -Djarmode=tools -jar \\S+ extract --layers --launcher.*"));
        List<String> layerCopies = d.finalStage().all("COPY").stream().map(Dockerfile.Instruction::arguments)
                .filter(a -> a.startsWith("--from=")).toList();
        List<String> order = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(layerCopies).as("%s: one COPY per layer, least volatile first", d.file()).hasSize(order.size());
        for (int i = 0; i < order.size(); i++) {
            assertThat(layerCopies.get(i)).contains("/" + order.get(i) + "/");
        }
        assertThat(Dockerfile.execForm(d.finalStage().last("ENTRYPOINT").arguments(), d.file() + " ENTRYPOINT"))
                .as("%s starts the extracted launcher", d.file())
                .containsExactly("java", "--sun-misc-unsafe-memory-access=allow",
                        "org.springframework.boot.loader.launch.JarLauncher");

        Path pom = Repo.path(s.name() + "/pom.xml");
        if (Files.isRegularFile(pom)) {
            Matcher m = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(Repo.read(pom));
            assertThat(m.find()).as("%s sets <finalName> (the Dockerfile copies target/%s.jar)", Repo.relative(pom), s.name())
                    .isTrue();
            assertThat(m.group(1)).as("%s finalName", Repo.relative(pom)).isIn("${project.artifactId}", s.name());
            assertThat(Repo.read(pom)).as("%s artifactId", Repo.relative(pom)).contains("<artifactId>" + s.name() + "</artifactId>");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void exposesTheDesignPortWithTheDesignJvmFlags(Design.Service s) {
        Dockerfile d = dockerfile(s);
        Dockerfile.Stage runtime = d.finalStage();
        assertThat(runtime.last("EXPOSE").arguments()).as("%s EXPOSE", d.file()).isEqualTo(String.valueOf(s.port()));
        Map<String, String> env = runtime.vars();
        assertThat(env.get("SERVER_PORT")).as("%s ENV SERVER_PORT", d.file()).isEqualTo(String.valueOf(s.port()));
        assertThat(env.get("JAVA_TOOL_OPTIONS")).as("%s ENV JAVA_TOOL_OPTIONS", d.file())
                .contains("-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAMPercentage=75");
        if (s.name().equals("gateway-service")) {
            assertThat(env.get("JAVA_TOOL_OPTIONS")).contains("-Dreactor.netty.native=false");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void healthcheckAsksLivenessAndFollowsTheAnswer(Design.Service s) {
        Dockerfile d = dockerfile(s);
        Dockerfile.Healthcheck hc = Dockerfile.healthcheck(d.finalStage().last("HEALTHCHECK"));
        assertThat(hc.options()).as("%s HEALTHCHECK options", d.file()).containsKeys("interval", "timeout", "start-period");
        assertThat(hc.command().get(0)).as("%s: the JRE image has bash but no curl/wget", d.file()).isIn("bash", "/bin/bash");

        Probe.Result up = Probe.run(hc.command(), 200);
        assertThat(up.exitCode()).as("%s HEALTHCHECK with liveness 200 (output: %s)", d.file(), up.output()).isZero();
        assertThat(up.requests()).as("%s HEALTHCHECK request", d.file()).containsExactly("GET /actuator/health/liveness");
        assertThat(Probe.run(hc.command(), 503).exitCode()).as("%s HEALTHCHECK with liveness 503", d.file()).isNotZero();
        assertThat(Probe.run(hc.command(), 0).exitCode()).as("%s HEALTHCHECK with nothing listening", d.file()).isNotZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void composeBuildsItFromTheServiceModule(Design.Service s) {
        Map<String, Object> build = Yaml.map(Compose.load().service(s.name()), "build");
        assertThat(Yaml.string(build, "context")).as("build.context of %s", s.name()).isEqualTo("./" + s.name());
        Path dockerfile = Repo.path(s.name()).resolve(Yaml.string(build, "dockerfile")).normalize();
        assertThat(dockerfile).as("build.dockerfile of %s (relative to the context)", s.name())
                .isEqualTo(Dockerfile.SHARED.normalize());
        assertThat(Compose.load().buildArgs(s.name())).as("build.args of %s", s.name())
                .containsEntry("SERVICE", s.name())
                .containsEntry("PORT", String.valueOf(s.port()));
    }

    @Test
    void withoutBuildArgumentsTheImageNamesNoService() {
        Dockerfile bare = Dockerfile.parse(Dockerfile.SHARED);
        assertThat(bare.stages().get(0).all("COPY")).as("no default service is baked into docker/Dockerfile")
                .anyMatch(i -> i.arguments().startsWith("target/.jar "));
        assertThat(bare.finalStage().all("RUN")).as("the build stops when SERVICE or PORT is missing")
                .anyMatch(i -> i.arguments().contains("test -n \"${SERVICE}\"") && i.arguments().contains("test -n \"${PORT}\""));
    }
}
