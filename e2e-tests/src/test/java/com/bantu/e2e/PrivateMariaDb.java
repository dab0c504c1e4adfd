package com.bantu.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A throw-away MariaDB server of the suite's own (a data directory under {@code target/}, a free port on loopback, no
 * grant tables), so a fault test can kill and restart a database without touching the machine's shared one. Needs
 * {@code mariadb-install-db} and {@code mariadbd} on the machine (Debian's mariadb-server).
 */
final class PrivateMariaDb {

    private final Suite suite;
    private final Path dir;
    private final int port;
    private Process process;

    private PrivateMariaDb(Suite suite, Path dir, int port) {
        this.suite = suite;
        this.dir = dir;
        this.port = port;
    }

    /** Creates a fresh data directory and starts the server on it. */
    static PrivateMariaDb create(Suite suite) {
        Path dir = suite.root().resolve("e2e-tests/target/e2e-mariadb");
        try {
            if (Files.exists(dir)) {
                suite.run(List.of("rm", "-rf", dir.toString()), Duration.ofSeconds(30));
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        suite.run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--user=" + System.getProperty("user.name"), "--skip-test-db",
                "--auth-root-authentication-method=normal"), Duration.ofMinutes(3));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        PrivateMariaDb db = new PrivateMariaDb(suite, dir, port);
        db.start();
        return db;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true";
    }

    /** Starts the server on the existing data directory and waits until it accepts connections. */
    void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("mariadbd is running");
        }
        try {
            process = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"),
                    "--port=" + port, "--bind-address=127.0.0.1", "--skip-networking=0",
                    "--socket=" + dir.resolve("mariadb.sock"), "--pid-file=" + dir.resolve("mariadb.pid"),
                    "--user=" + System.getProperty("user.name"), "--skip-grant-tables", "--skip-log-bin",
                    "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                    "--innodb-buffer-pool-size=32M", "--innodb-flush-log-at-trx-commit=2",
                    "--log-error=" + dir.resolve("error.log"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(suite.logs().resolve("mariadb.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start mariadbd", e);
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (!accepts()) {
            if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                throw new IllegalStateException("mariadbd did not listen on " + port + "; see "
                        + dir.resolve("error.log"));
            }
            Suite.sleep(200);
        }
    }

    /** {@code kill -9}: open connections break, nothing is shut down cleanly (InnoDB recovers at the next start). */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private boolean accepts() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            s.setSoTimeout(2000);
            // the server greets first: a handshake packet means it is past start-up and recovery
            return s.getInputStream().read() >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
