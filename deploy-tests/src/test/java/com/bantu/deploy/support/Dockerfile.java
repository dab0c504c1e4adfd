package com.bantu.deploy.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * A Dockerfile read the way the builder reads it: comment lines dropped, continuation lines joined, instructions
 * split into stages, ARG/ENV values substituted in the instructions that support substitution. Build arguments
 * ({@code --build-arg}, compose {@code build.args}) override the ARG defaults, as in a real build.
 */
public final class Dockerfile {

    public record Instruction(String keyword, String arguments, int line) {
    }

    public record Stage(String from, String alias, List<Instruction> instructions, Map<String, String> vars) {

        public List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }

        public Instruction last(String keyword) {
            List<Instruction> found = all(keyword);
            if (found.isEmpty()) {
                throw new AssertionError("the stage FROM " + from + " has no " + keyword);
            }
            return found.get(found.size() - 1);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** The one parameterised Dockerfile every service is built from. */
    public static final Path SHARED = Repo.path("docker/Dockerfile");

    private final Path file;
    private final Map<String, String> buildArgs;
    private final List<Stage> stages = new ArrayList<>();

    private Dockerfile(Path file, Map<String, String> buildArgs) {
        this.file = file;
        this.buildArgs = buildArgs;
    }

    public static Dockerfile parse(Path file) {
        return parse(file, Map.of());
    }

    public static Dockerfile parse(Path file, Map<String, String> buildArgs) {
        Dockerfile d = new Dockerfile(file, buildArgs);
        d.read(Repo.read(file));
        return d;
    }

    /** The shared Dockerfile as docker compose builds the service: with the service's {@code build.args}. */
    public static Dockerfile forService(String service) {
        return parse(SHARED, Compose.load().buildArgs(service));
    }

    public String file() {
        return Repo.relative(file) + (buildArgs.isEmpty() ? "" : " " + buildArgs);
    }

    public List<Stage> stages() {
        return stages;
    }

    public Stage finalStage() {
        if (stages.isEmpty()) {
            throw new AssertionError(file() + " has no FROM");
        }
        return stages.get(stages.size() - 1);
    }

    private void read(String text) {
        Map<String, String> globalArgs = new LinkedHashMap<>();
        Stage current = null;
        StringBuilder pending = new StringBuilder();
        int startLine = 0;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].replace("\r", "");
            if (pending.length() == 0) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                startLine = n + 1;
            } else if (line.stripLeading().startsWith("#")) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            String full = pending.toString().strip();
            pending.setLength(0);
            int space = full.indexOf(' ');
            String keyword = (space < 0 ? full : full.substring(0, space)).toUpperCase();
            String args = space < 0 ? "" : full.substring(space + 1).strip();
            if (keyword.equals("FROM")) {
                String[] parts = substitute(args, globalArgs).split("\\s+");
                String alias = parts.length >= 3 && parts[1].equalsIgnoreCase("AS") ? parts[2] : null;
                current = new Stage(parts[0], alias, new ArrayList<>(), new LinkedHashMap<>());
                stages.add(current);
                continue;
            }
            if (current == null) {
                if (!keyword.equals("ARG")) {
                    throw new AssertionError(file() + ":" + startLine + ": only ARG may come before FROM");
                }
                declareArg(args, globalArgs, Map.of(), buildArgs);
                continue;
            }
            switch (keyword) {
                case "ARG" -> declareArg(args, current.vars(), globalArgs, buildArgs);
                case "ENV" -> current.vars().putAll(keyValues(substitute(args, current.vars()), startLine));
                case "COPY", "ADD", "EXPOSE", "USER", "WORKDIR", "LABEL", "VOLUME", "STOPSIGNAL" ->
                        args = substitute(args, current.vars());
                default -> {
                }
            }
            current.instructions().add(new Instruction(keyword, args, startLine));
        }
    }

    private static void declareArg(String args, Map<String, String> into, Map<String, String> globals,
                                   Map<String, String> buildArgs) {
        int eq = args.indexOf('=');
        String name = (eq < 0 ? args : args.substring(0, eq)).strip();
        if (buildArgs.containsKey(name)) {
            into.put(name, buildArgs.get(name));
        } else if (eq < 0) {
            into.put(name, globals.getOrDefault(name, ""));
        } else {
            into.put(name, unquote(args.substring(eq + 1).strip()));
        }
    }

    private static String substitute(String s, Map<String, String> vars) {
        Matcher m = VAR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(vars.getOrDefault(name, "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** KEY=VALUE pairs, values optionally in double quotes. */
    private Map<String, String> keyValues(String s, int line) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"((?:[^\"\\\\]|\\\\.)*)\"|\\S*)").matcher(s);
        int consumed = 0;
        while (m.find()) {
            if (!s.substring(consumed, m.start()).isBlank()) {
                throw new AssertionError(file() + ":" + line + ": cannot read ENV " + s);
            }
            out.put(m.group(1), m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(2));
            consumed = m.end();
        }
        if (out.isEmpty() || !s.substring(consumed).isBlank()) {
            throw new AssertionError(file() + ":" + line + ": ENV must use KEY=VALUE form: " + s);
        }
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The JSON array of an exec-form instruction (ENTRYPOINT, CMD, HEALTHCHECK ... CMD [..]). */
    public static List<String> execForm(String json, String what) {
        if (!json.strip().startsWith("[")) {
            throw new AssertionError(what + " must use the exec (JSON array) form so signals reach the process: " + json);
        }
        try {
            List<?> raw = JSON.readValue(json.strip(), List.class);
            return raw.stream().map(String::valueOf).toList();
        } catch (RuntimeException e) {
            throw new AssertionError(what + " is not a valid JSON array: " + json, e);
        }
    }

    /** HEALTHCHECK options (--interval=...) and its command. */
    public record Healthcheck(Map<String, String> options, List<String> command) {
    }

    public static Healthcheck healthcheck(Instruction i) {
        String rest = i.arguments();
        Map<String, String> options = new LinkedHashMap<>();
        while (rest.startsWith("--")) {
            int space = rest.indexOf(' ');
            String opt = rest.substring(2, space);
            int eq = opt.indexOf('=');
            options.put(opt.substring(0, eq), opt.substring(eq + 1));
            rest = rest.substring(space + 1).strip();
        }
        if (!rest.startsWith("CMD ")) {
            throw new AssertionError("HEALTHCHECK must run a command (CMD ...): " + i.arguments());
        }
        return new Healthcheck(options, execForm(rest.substring(4), "HEALTHCHECK CMD"));
    }
}
