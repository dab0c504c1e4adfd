package com.bantu.deploy.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** SnakeYAML loading (safe constructor, merge keys resolved, duplicate keys rejected) and map navigation. */
public final class Yaml {

    private Yaml() {
    }

    private static org.yaml.snakeyaml.Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
    }

    public static Map<String, Object> loadMap(Path file) {
        Object doc;
        try {
            doc = parser().load(Repo.read(file));
        } catch (RuntimeException e) {
            throw new AssertionError(Repo.relative(file) + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(doc instanceof Map<?, ?>)) {
            throw new AssertionError(Repo.relative(file) + " must hold one YAML mapping");
        }
        return cast(doc);
    }

    public static List<Map<String, Object>> loadAll(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        try {
            for (Object doc : parser().loadAll(Repo.read(file))) {
                if (doc instanceof Map<?, ?>) {
                    docs.add(cast(doc));
                } else if (doc != null) {
                    throw new AssertionError(Repo.relative(file) + ": a document is not a mapping");
                }
            }
        } catch (RuntimeException e) {
            throw new AssertionError(Repo.relative(file) + " is not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    public static Object parse(String text) {
        return parser().load(text);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    /** The mapping at key, or an empty map when absent. */
    public static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?>)) {
            throw new AssertionError("'" + key + "' must be a mapping, is " + v);
        }
        return cast(v);
    }

    /** The list at key, or an empty list when absent. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?>)) {
            throw new AssertionError("'" + key + "' must be a list, is " + v);
        }
        return (List<Object>) v;
    }

    public static String string(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        return v == null ? null : String.valueOf(v);
    }

    /** Flattens nested mappings to dotted keys ("a.b.c"); lists become comma-joined strings. */
    public static Map<String, String> flatten(Map<String, Object> m) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", m, out);
        return out;
    }

    private static void flatten(String prefix, Object v, Map<String, String> out) {
        if (v instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    flatten(prefix + "[" + i + "]", item, out);
                } else {
                    parts.add(String.valueOf(item));
                }
            }
            if (!parts.isEmpty()) {
                out.put(prefix, String.join(",", parts));
            }
        } else {
            out.put(prefix, v == null ? "" : String.valueOf(v));
        }
    }
}
