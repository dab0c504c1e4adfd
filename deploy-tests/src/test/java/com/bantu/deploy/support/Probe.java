package com.bantu.deploy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * Runs a container health-check command on this machine against a stand-in for the service: a loopback HTTP server
 * that answers the actuator paths with the status the test chooses.
 */
public final class Probe {

    public record Result(int exitCode, String output, List<String> requests) {
    }

    private Probe() {
    }

    /** Runs command with SERVER_PORT pointing at a server answering every path with status (or at nothing if 0). */
    public static Result run(List<String> command, int status) {
        return run(command, status, "SERVER_PORT");
    }

    /**
     * Runs command with portVariable pointing at the stand-in server; when that is not SERVER_PORT, SERVER_PORT points
     * at a port nothing listens on, so the command passes only if it really reads portVariable.
     */
    public static Result run(List<String> command, int status, String portVariable) {
        HttpServer server = null;
        List<String> requests = new CopyOnWriteArrayList<>();
        int port;
        try {
            if (status > 0) {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                server.createContext("/", exchange -> {
                    requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                    byte[] body = ("{\"status\":\"" + (status == 200 ? "UP" : "DOWN") + "\"}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(status, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
                port = server.getAddress().getPort();
            } else {
                try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = free.getLocalPort();
                }
            }
            Map<String, String> env = new java.util.HashMap<>();
            env.put(portVariable, String.valueOf(port));
            if (!portVariable.equals("SERVER_PORT")) {
                try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    env.put("SERVER_PORT", String.valueOf(free.getLocalPort()));
                }
            }
            return exec(command, env, null, requests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    public static Result exec(List<String> command, Map<String, String> env, Path workDir, List<String> requests) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("command did not finish within 20 s: " + command);
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.exitValue(), out, List.copyOf(requests));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
