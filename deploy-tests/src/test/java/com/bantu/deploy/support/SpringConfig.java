package com.bantu.deploy.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's production configuration: {@code <service>/src/main/resources/application.yml} (or .yaml/.properties),
 * the documents that apply without a profile (the default profile is production, docs/ARCHITECTURE.md), over common-lib's
 * {@code bantu-defaults.yml}, which every servlet service gets as its lowest-precedence property source.
 */
public final class SpringConfig {

    private final Path file;
    private final Map<String, String> properties;

    private SpringConfig(Path file, Map<String, String> properties) {
        this.file = file;
        this.properties = properties;
    }

    /** common-lib's shared defaults (added by its BantuDefaultsEnvironmentPostProcessor to servlet services). */
    public static final Path SHARED_DEFAULTS = Repo.path("common-lib/src/main/resources/bantu-defaults.yml");

    /** Servlet services (Spring MVC) get the shared defaults; the reactive gateway does not. */
    static boolean getsSharedDefaults(String service) {
        Path pom = Repo.path(service + "/pom.xml");
        return Files.isRegularFile(pom) && Repo.read(pom).contains("<artifactId>spring-boot-starter-webmvc</artifactId>");
    }

    private static Map<String, String> sharedDefaults(String service) {
        Map<String, String> props = new LinkedHashMap<>();
        if (getsSharedDefaults(service) && Files.isRegularFile(SHARED_DEFAULTS)) {
            for (Map<String, Object> doc : Yaml.loadAll(SHARED_DEFAULTS)) {
                props.putAll(Yaml.flatten(doc));
            }
        }
        return props;
    }

    public static Path expectedFile(String service) {
        return Repo.path(service + "/src/main/resources/application.yml");
    }

    public static Optional<SpringConfig> load(String service) {
        Path dir = Repo.path(service + "/src/main/resources");
        for (String name : List.of("application.yml", "application.yaml")) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                Map<String, String> props = sharedDefaults(service);
                for (Map<String, Object> doc : Yaml.loadAll(f)) {
                    Map<String, String> flat = Yaml.flatten(doc);
                    String profile = flat.getOrDefault("spring.config.activate.on-profile", flat.get("spring.profiles"));
                    if (profile == null || profile.isBlank()) {
                        props.putAll(flat);
                    }
                }
                return Optional.of(new SpringConfig(f, props));
            }
        }
        Path f = dir.resolve("application.properties");
        if (Files.isRegularFile(f)) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(Repo.read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> props = sharedDefaults(service);
            p.stringPropertyNames().forEach(k -> props.put(k, p.getProperty(k)));
            return Optional.of(new SpringConfig(f, props));
        }
        return Optional.empty();
    }

    /** Loads the configuration or fails with a message that says what is missing. */
    public static SpringConfig require(String service) {
        return load(service).orElseThrow(() -> new AssertionError(Repo.relative(expectedFile(service))
                + " is missing: " + service + " is deployed (docker-compose.yml, k8s/) but its production configuration"
                + " cannot be checked against the deployment until the module has it"));
    }

    public String file() {
        return Repo.relative(file);
    }

    public Map<String, String> properties() {
        return properties;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** Variables the service cannot start without: {@code ${NAME}} with no default, anywhere in the file. */
    public Set<String> requiredEnv() {
        Set<String> out = new LinkedHashSet<>();
        for (String v : properties.values()) {
            for (Placeholders.Placeholder p : Placeholders.find(v)) {
                if (!p.hasDefault() && Placeholders.isEnvName(p.name())) {
                    out.add(p.name());
                }
            }
        }
        return out;
    }

    /**
     * Variables whose default points at this machine ({@code ${X:http://localhost:8081}}): right for the local run,
     * wrong in a container, so a deployment must set them.
     */
    public Set<String> localhostDefaults() {
        Set<String> out = new LinkedHashSet<>();
        for (String v : properties.values()) {
            for (Placeholders.Placeholder p : Placeholders.find(v)) {
                String body = v.substring(v.indexOf("${" + p.name()) + 2);
                int colon = body.indexOf(':');
                String def = colon < 0 ? "" : body.substring(colon + 1);
                if (p.hasDefault() && Placeholders.isEnvName(p.name())
                        && def.matches("(https?://)?(localhost|127\\.0\\.0\\.1)([:/}].*)?")) {
                    out.add(p.name());
                }
            }
        }
        return out;
    }

    /** Every upper-case placeholder, with or without a default. */
    public Set<String> referencedEnv() {
        Set<String> out = new LinkedHashSet<>();
        for (String v : properties.values()) {
            for (Placeholders.Placeholder p : Placeholders.find(v)) {
                if (Placeholders.isEnvName(p.name())) {
                    out.add(p.name());
                }
            }
        }
        return out;
    }

    /**
     * Whether the service reads this variable: a placeholder names it, or it binds by Spring's relaxed binding to a
     * property the file sets (BANTU_SERVICES_FOUNDATION_URL to bantu.services.foundation.url).
     */
    public boolean reads(String envName) {
        if (referencedEnv().contains(envName)) {
            return true;
        }
        String wanted = squash(envName);
        return properties.keySet().stream().anyMatch(k -> squash(k).equals(wanted)) || boundByConfigurationProperties(wanted);
    }

    private static final Pattern CONFIG_PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\((?:\\s*(?:prefix|value)\\s*=)?\\s*\"([^\"]+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z][A-Za-z0-9]*\\b");

    /**
     * Whether a @ConfigurationProperties class of the service binds the variable: its prefix followed by names
     * declared in that class (bantu.gateway + publicPaths for BANTU_GATEWAY_PUBLIC_PATHS).
     */
    private boolean boundByConfigurationProperties(String wanted) {
        Path sources = file.getParent().getParent().resolve("java");
        if (!Files.isDirectory(sources)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> {
                String text = Repo.read(f);
                Matcher m = CONFIG_PROPERTIES.matcher(text);
                while (m.find()) {
                    String prefix = squash(m.group(1));
                    if (wanted.startsWith(prefix)) {
                        Set<String> names = new HashSet<>();
                        Matcher id = IDENTIFIER.matcher(text);
                        while (id.find()) {
                            names.add(squash(id.group()));
                        }
                        if (composedOf(wanted.substring(prefix.length()), names)) {
                            return true;
                        }
                    }
                }
                return false;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean composedOf(String rest, Set<String> names) {
        if (rest.isEmpty()) {
            return true;
        }
        for (String n : names) {
            if (!n.isEmpty() && rest.startsWith(n) && composedOf(rest.substring(n.length()), names)) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String s) {
        return s.toLowerCase().replaceAll("[^a-z0-9]", "");
    }

    /** The value with placeholders replaced by their defaults ("${SERVER_PORT:8081}" gives "8081"). */
    public Optional<String> resolvedDefault(String key) {
        return get(key).map(SpringConfig::applyDefaults);
    }

    private static String applyDefaults(String value) {
        String out = value;
        for (Placeholders.Placeholder p : Placeholders.find(value)) {
            int start = out.indexOf("${" + p.name());
            if (start < 0) {
                continue;
            }
            int depth = 0;
            int end = start;
            for (int j = start; j < out.length(); j++) {
                if (out.startsWith("${", j)) {
                    depth++;
                    j++;
                } else if (out.charAt(j) == '}' && --depth == 0) {
                    end = j;
                    break;
                }
            }
            String body = out.substring(start + 2, end);
            int colon = body.indexOf(':');
            String replacement = colon < 0 ? "" : applyDefaults(body.substring(colon + 1));
            out = out.substring(0, start) + replacement + out.substring(end + 1);
        }
        return out;
    }

    /** spring.lifecycle.timeout-per-shutdown-phase, 30 s when unset (Spring's default). */
    public Duration shutdownPhaseTimeout() {
        return resolvedDefault("spring.lifecycle.timeout-per-shutdown-phase").map(SpringConfig::duration)
                .orElse(Duration.ofSeconds(30));
    }

    static Duration duration(String s) {
        String v = s.trim().toLowerCase();
        if (v.matches("\\d+")) {
            return Duration.ofMillis(Long.parseLong(v));
        }
        if (v.matches("\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.matches("\\d+[smhd]")) {
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        return Duration.parse(s.trim());
    }
}
