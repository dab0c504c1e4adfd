package com.bantu.deploy.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml as SnakeYAML reads it (YAML anchors and merge keys resolved), plus compose interpolation. */
public final class Compose {

    public static final Path FILE = Repo.path("docker-compose.yml");
    public static final List<String> INFRASTRUCTURE = List.of("mysql", "redis", "prometheus", "grafana");

    /** A compose interpolation: ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}, $NAME. */
    public record Ref(String name, String operator, String argument) {

        public boolean required() {
            return operator != null && operator.contains("?");
        }

        public boolean hasDefault() {
            return operator != null && operator.contains("-");
        }
    }

    private static final Pattern REF = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, Object> doc;

    private Compose(Map<String, Object> doc) {
        this.doc = doc;
    }

    public static Compose load() {
        return new Compose(Yaml.loadMap(FILE));
    }

    public Map<String, Object> doc() {
        return doc;
    }

    public Map<String, Object> services() {
        return Yaml.map(doc, "services");
    }

    public Map<String, Object> service(String name) {
        Map<String, Object> s = Yaml.map(services(), name);
        if (s.isEmpty()) {
            throw new AssertionError("docker-compose.yml has no service '" + name + "'");
        }
        return s;
    }

    public List<String> applicationServices() {
        return services().keySet().stream().filter(n -> !INFRASTRUCTURE.contains(n)).toList();
    }

    /** The {@code build.args} of a service, in either compose form (mapping or KEY=VALUE list). */
    public Map<String, String> buildArgs(String service) {
        Object args = Yaml.map(service(service), "build").get("args");
        Map<String, String> out = new LinkedHashMap<>();
        if (args instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (args instanceof List<?> l) {
            for (Object item : l) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        } else if (args != null) {
            throw new AssertionError(service + ": build.args must be a mapping or a list");
        }
        return out;
    }

    /** The environment of a service, in either compose form (mapping or KEY=VALUE list). */
    public Map<String, String> environment(String service) {
        Object env = service(service).get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (env instanceof List<?> l) {
            for (Object item : l) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        } else if (env != null) {
            throw new AssertionError(service + ": environment must be a mapping or a list");
        }
        return out;
    }

    /** The interpolations in a value; "$$" (a literal dollar) is not one. */
    public static List<Ref> refs(String value) {
        List<Ref> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        Matcher m = REF.matcher(value);
        while (m.find()) {
            if (m.group().equals("$$")) {
                continue;
            }
            if (m.group(1) != null) {
                out.add(new Ref(m.group(1), m.group(2), m.group(3)));
            } else {
                out.add(new Ref(m.group(4), null, null));
            }
        }
        return out;
    }

    /** The value is exactly one interpolation and nothing else ("${X:?message}"). */
    public static boolean isSingleRef(String value) {
        if (value == null) {
            return false;
        }
        Matcher m = REF.matcher(value);
        return m.matches() && !m.group().equals("$$");
    }

    /** What the container sees for a value without interpolations: "$$" becomes "$". */
    public static String unescape(String value) {
        if (!refs(value).isEmpty()) {
            throw new AssertionError("value still has interpolations: " + value);
        }
        return value.replace("$$", "$");
    }

    /** Every interpolation anywhere in the file. */
    public List<Ref> allRefs() {
        List<Ref> out = new ArrayList<>();
        collect(doc, out);
        return out;
    }

    private static void collect(Object o, List<Ref> out) {
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                collect(k, out);
                collect(v, out);
            });
        } else if (o instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        } else if (o instanceof String s) {
            out.addAll(refs(s));
        }
    }
}
