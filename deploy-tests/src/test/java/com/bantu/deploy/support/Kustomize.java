package com.bantu.deploy.support;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization directory the way {@code kubectl apply -k} would for the features these manifests use
 * (resources, namespace, images, JSON 6902 patches), every object read into the typed fabric8 model. Anything else
 * in a kustomization.yaml fails the test instead of being silently ignored.
 */
public final class Kustomize {

    public static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches",
            "configMapGenerator", "generatorOptions");

    /** The rendered objects and every file read on the way. */
    public record Rendered(List<HasMetadata> objects, List<Path> files) {

        public <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public <T extends HasMetadata> T get(Class<T> type, String name) {
            return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
        }

        public <T extends HasMetadata> java.util.Optional<T> find(Class<T> type, String name) {
            return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
        }
    }

    private Kustomize() {
    }

    public static Rendered render(Path dir) {
        List<Path> files = new ArrayList<>();
        List<HasMetadata> objects = render(dir, files, new LinkedHashSet<>());
        Set<String> seen = new LinkedHashSet<>();
        for (HasMetadata o : objects) {
            String id = o.getKind() + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
            if (!seen.add(id)) {
                throw new AssertionError(Repo.relative(dir) + " renders " + id + " twice");
            }
        }
        return new Rendered(objects, files);
    }

    private static List<HasMetadata> render(Path dir, List<Path> files, Set<Path> visiting) {
        Path kfile = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(kfile)) {
            throw new AssertionError(Repo.relative(dir) + " has no kustomization.yaml");
        }
        if (!visiting.add(dir.toAbsolutePath().normalize())) {
            throw new AssertionError("kustomization cycle through " + Repo.relative(dir));
        }
        files.add(kfile);
        Map<String, Object> k = Yaml.loadMap(kfile);
        for (String key : k.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new AssertionError(Repo.relative(kfile) + ": '" + key + "' is not understood by the deploy-tests"
                        + " renderer (supported: " + SUPPORTED + "); teach Kustomize.java before using it");
            }
        }
        if (!"Kustomization".equals(k.get("kind")) || !"kustomize.config.k8s.io/v1beta1".equals(k.get("apiVersion"))) {
            throw new AssertionError(Repo.relative(kfile) + " must be apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization");
        }
        List<HasMetadata> objects = new ArrayList<>();
        for (Object r : Yaml.list(k, "resources")) {
            Path p = dir.resolve(String.valueOf(r)).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(render(p, files, visiting));
            } else if (Files.isRegularFile(p)) {
                files.add(p);
                objects.addAll(load(p));
            } else {
                throw new AssertionError(Repo.relative(kfile) + " lists " + r + ", which does not exist");
            }
        }
        for (Object generator : Yaml.list(k, "configMapGenerator")) {
            objects.add(generateConfigMap(kfile, Yaml.cast(generator), Yaml.map(k, "generatorOptions"), dir, files));
        }
        for (Object patch : Yaml.list(k, "patches")) {
            objects = applyPatch(kfile, Yaml.cast(patch), objects, dir, files);
        }
        for (Object image : Yaml.list(k, "images")) {
            applyImage(kfile, Yaml.cast(image), objects);
        }
        String namespace = Yaml.string(k, "namespace");
        if (namespace != null) {
            objects.forEach(o -> {
                if (!(o instanceof Namespace)) {
                    o.getMetadata().setNamespace(namespace);
                }
            });
        }
        visiting.remove(dir.toAbsolutePath().normalize());
        return objects;
    }

    /**
     * A ConfigMap from {@code configMapGenerator} ({@code name}, {@code files} as {@code path} or {@code key=path},
     * {@code options.labels/annotations}). Only with {@code disableNameSuffixHash: true}: the renderer does not compute
     * kustomize's content hash, and the monitoring ConfigMaps are found by a fixed name. Files must lie under the
     * kustomization directory, as kustomize's default load restrictor demands.
     */
    private static HasMetadata generateConfigMap(Path kfile, Map<String, Object> gen, Map<String, Object> globalOptions,
                                                 Path dir, List<Path> files) {
        String where = Repo.relative(kfile) + " configMapGenerator " + gen.get("name");
        for (String key : gen.keySet()) {
            if (!Set.of("name", "files", "options").contains(key)) {
                throw new AssertionError(where + ": field '" + key + "' is not supported by the renderer");
            }
        }
        Map<String, Object> options = Yaml.map(gen, "options");
        for (Map<String, Object> o : List.of(globalOptions, options)) {
            for (String key : o.keySet()) {
                if (!Set.of("labels", "annotations", "disableNameSuffixHash").contains(key)) {
                    throw new AssertionError(where + ": generator option '" + key + "' is not supported by the renderer");
                }
            }
        }
        Object noHash = options.containsKey("disableNameSuffixHash") ? options.get("disableNameSuffixHash")
                : globalOptions.get("disableNameSuffixHash");
        if (!Boolean.TRUE.equals(noHash)) {
            throw new AssertionError(where + ": only generators with disableNameSuffixHash: true are supported");
        }
        Map<String, String> data = new java.util.LinkedHashMap<>();
        Path root = dir.toAbsolutePath().normalize();
        for (Object f : Yaml.list(gen, "files")) {
            String spec = String.valueOf(f);
            int eq = spec.indexOf('=');
            Path p = root.resolve(eq < 0 ? spec : spec.substring(eq + 1)).normalize();
            String key = eq < 0 ? p.getFileName().toString() : spec.substring(0, eq);
            if (!p.startsWith(root)) {
                throw new AssertionError(where + ": " + spec + " is outside the kustomization directory (kustomize refuses it)");
            }
            if (!Files.isRegularFile(p)) {
                throw new AssertionError(where + ": " + spec + " does not exist");
            }
            if (data.put(key, Repo.read(p)) != null) {
                throw new AssertionError(where + ": key " + key + " twice");
            }
            files.add(p);
        }
        io.fabric8.kubernetes.api.model.ConfigMapBuilder cm = new io.fabric8.kubernetes.api.model.ConfigMapBuilder()
                .withNewMetadata().withName(Yaml.string(gen, "name")).endMetadata().withData(data);
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        Map<String, String> annotations = new java.util.LinkedHashMap<>();
        for (Map<String, Object> o : List.of(globalOptions, options)) {
            Yaml.map(o, "labels").forEach((key, v) -> labels.put(key, String.valueOf(v)));
            Yaml.map(o, "annotations").forEach((key, v) -> annotations.put(key, String.valueOf(v)));
        }
        io.fabric8.kubernetes.api.model.ConfigMap built = cm.build();
        if (!labels.isEmpty()) {
            built.getMetadata().setLabels(labels);
        }
        if (!annotations.isEmpty()) {
            built.getMetadata().setAnnotations(annotations);
        }
        return built;
    }

    /** Every document of a manifest file, typed and checked for unknown fields. */
    public static List<HasMetadata> load(Path file) {
        String text = Repo.read(file);
        List<HasMetadata> out = new ArrayList<>();
        for (Map<String, Object> doc : Yaml.loadAll(file)) {
            Object typed;
            try {
                typed = SERIALIZATION.unmarshal(new ByteArrayInputStream(
                        SERIALIZATION.asJson(doc).getBytes(StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                throw new AssertionError(Repo.relative(file) + ": not a Kubernetes object: " + e.getMessage(), e);
            }
            out.add(checked(typed, Repo.relative(file)));
        }
        if (out.isEmpty()) {
            throw new AssertionError(Repo.relative(file) + " holds no object" + (text.isBlank() ? " (empty file)" : ""));
        }
        return out;
    }

    private static HasMetadata checked(Object typed, String where) {
        if (!(typed instanceof HasMetadata h)) {
            throw new AssertionError(where + ": not a Kubernetes object: " + typed);
        }
        if (h instanceof GenericKubernetesResource g) {
            throw new AssertionError(where + ": " + g.getApiVersion() + " " + g.getKind()
                    + " is not a kind the Kubernetes model knows (wrong apiVersion or kind?)");
        }
        if (h.getMetadata() == null || h.getMetadata().getName() == null || h.getMetadata().getName().isBlank()) {
            throw new AssertionError(where + ": " + h.getKind() + " without metadata.name");
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(h, h.getKind() + "/" + h.getMetadata().getName(), unknown, new IdentityHashMap<>());
        if (!unknown.isEmpty()) {
            throw new AssertionError(where + ": fields the Kubernetes API does not define (typo or wrong indentation?): " + unknown);
        }
        return h;
    }

    /** Walks the typed model: every field the schema lacks lands in additionalProperties. */
    private static void unknownFields(Object o, String path, List<String> out, IdentityHashMap<Object, Boolean> seen) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                unknownFields(item, path + "[" + i++ + "]", out, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((key, v) -> unknownFields(v, path + "." + key, out, seen));
            return;
        }
        if (!(o instanceof KubernetesResource) || !o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object v = m.invoke(o);
                if (m.getName().equals("getAdditionalProperties")) {
                    if (v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(key -> out.add(path + "." + key));
                    }
                } else {
                    String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                    unknownFields(v, path + "." + field, out, seen);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot read " + path + "." + m.getName(), e);
            }
        }
    }

    private static List<HasMetadata> applyPatch(Path kfile, Map<String, Object> patch, List<HasMetadata> objects,
                                                Path dir, List<Path> files) {
        for (String key : patch.keySet()) {
            if (!Set.of("target", "patch", "path").contains(key)) {
                throw new AssertionError(Repo.relative(kfile) + ": patch field '" + key + "' is not supported by the renderer");
            }
        }
        Map<String, Object> target = Yaml.map(patch, "target");
        for (String key : target.keySet()) {
            if (!Set.of("kind", "name").contains(key)) {
                throw new AssertionError(Repo.relative(kfile) + ": patch target field '" + key + "' is not supported by the renderer");
            }
        }
        String text = Yaml.string(patch, "patch");
        if (text == null && patch.get("path") != null) {
            Path p = dir.resolve(String.valueOf(patch.get("path")));
            files.add(p);
            text = Repo.read(p);
        }
        Object ops = text == null ? null : Yaml.parse(text);
        if (!(ops instanceof List<?> opList) || target.isEmpty()) {
            throw new AssertionError(Repo.relative(kfile) + ": only JSON 6902 patches (a target and a list of operations)"
                    + " are supported by the renderer: " + patch);
        }
        String kind = Yaml.string(target, "kind");
        String name = Yaml.string(target, "name");
        List<HasMetadata> out = new ArrayList<>();
        int matched = 0;
        for (HasMetadata o : objects) {
            if ((kind == null || kind.equals(o.getKind())) && (name == null || name.equals(o.getMetadata().getName()))) {
                matched++;
                JsonNode tree = JSON.readTree(SERIALIZATION.asJson(o));
                for (Object op : opList) {
                    applyOperation(kfile, (ObjectNode) tree, Yaml.cast(op));
                }
                Object typed = SERIALIZATION.unmarshal(tree.toString());
                out.add(checked(typed, Repo.relative(kfile) + " patch of " + kind + "/" + name));
            } else {
                out.add(o);
            }
        }
        if (matched == 0) {
            throw new AssertionError(Repo.relative(kfile) + ": patch target " + kind + "/" + name + " matches nothing");
        }
        return out;
    }

    private static void applyOperation(Path kfile, ObjectNode root, Map<String, Object> op) {
        String kind = Yaml.string(op, "op");
        String path = Yaml.string(op, "path");
        String where = Repo.relative(kfile) + ": " + kind + " " + path;
        if (path == null || !path.startsWith("/")) {
            throw new AssertionError(where + ": path must be a JSON pointer");
        }
        List<String> tokens = new ArrayList<>();
        for (String t : path.substring(1).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        JsonNode parent = root;
        for (String t : tokens.subList(0, tokens.size() - 1)) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(t)) : parent.get(t);
            if (parent == null) {
                throw new AssertionError(where + ": no such path in the target");
            }
        }
        String last = tokens.get(tokens.size() - 1);
        JsonNode value = op.containsKey("value") ? JSON.valueToTree(op.get("value")) : null;
        switch (kind) {
            case "replace", "remove" -> {
                boolean exists = parent.isArray() ? parent.has(Integer.parseInt(last)) : parent.has(last);
                if (!exists) {
                    throw new AssertionError(where + ": no such path in the target");
                }
                if (parent instanceof ArrayNode a) {
                    if (kind.equals("remove")) {
                        a.remove(Integer.parseInt(last));
                    } else {
                        a.set(Integer.parseInt(last), value);
                    }
                } else if (kind.equals("remove")) {
                    ((ObjectNode) parent).remove(last);
                } else {
                    ((ObjectNode) parent).set(last, value);
                }
            }
            case "add" -> {
                if (parent instanceof ArrayNode a) {
                    if (last.equals("-")) {
                        a.add(value);
                    } else {
                        a.insert(Integer.parseInt(last), value);
                    }
                } else {
                    ((ObjectNode) parent).set(last, value);
                }
            }
            default -> throw new AssertionError(where + ": operation not supported by the renderer");
        }
    }

    private static void applyImage(Path kfile, Map<String, Object> image, List<HasMetadata> objects) {
        String name = Yaml.string(image, "name");
        String newName = Yaml.string(image, "newName");
        String newTag = Yaml.string(image, "newTag");
        for (String key : image.keySet()) {
            if (!Set.of("name", "newName", "newTag").contains(key)) {
                throw new AssertionError(Repo.relative(kfile) + ": images field '" + key + "' is not supported by the renderer");
            }
        }
        int matched = 0;
        for (HasMetadata o : objects) {
            if (o instanceof Deployment d) {
                PodSpec spec = d.getSpec().getTemplate().getSpec();
                List<io.fabric8.kubernetes.api.model.Container> containers = new ArrayList<>(spec.getContainers());
                if (spec.getInitContainers() != null) {
                    containers.addAll(spec.getInitContainers());
                }
                for (var c : containers) {
                    String img = c.getImage();
                    int colon = img.lastIndexOf(':');
                    String repo = colon > img.lastIndexOf('/') ? img.substring(0, colon) : img;
                    String tag = colon > img.lastIndexOf('/') ? img.substring(colon + 1) : null;
                    if (repo.equals(name)) {
                        matched++;
                        String t = newTag != null ? newTag : tag;
                        c.setImage((newName != null ? newName : repo) + (t != null ? ":" + t : ""));
                    }
                }
            }
        }
        if (matched == 0) {
            throw new AssertionError(Repo.relative(kfile) + ": image " + name + " is used by no container");
        }
    }
}
