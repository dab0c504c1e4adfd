package com.bantu.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.bantu.deploy.support.Compose;
import com.bantu.deploy.support.Probe;
import com.bantu.deploy.support.Repo;

/**
 * docker/mysql/init/10-bantu-schemas.sh, run here with the environment docker-compose.yml gives the mysql
 * container and a stand-in {@code mysql} client that records the SQL: a schema and a user per service, each user
 * granted its own schema only, passwords from the environment and quoted safely.
 */
class MysqlInitScriptTest {

    private static final Path SCRIPT = Repo.path("docker/mysql/init/10-bantu-schemas.sh");

    private Probe.Result run(Path tmp, Map<String, String> env) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path fake = bin.resolve("mysql");
        Files.writeString(fake, """
                #!/bin/bash
                for a in "$@"; do
                  case "$a" in --defaults-extra-file=*) cat "${a#*=}" > "$RECORD.cnf";; esac
                done
                echo "$*" > "$RECORD.args"
                cat > "$RECORD.sql"
                """);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> all = new HashMap<>(env);
        all.put("PATH", bin + ":" + System.getenv("PATH"));
        all.put("RECORD", tmp.resolve("record").toString());
        return Probe.exec(List.of("bash", SCRIPT.toString()), all, tmp, List.of());
    }

    @Test
    void createsOneSchemaAndOneUserPerServiceGrantedOnlyThatSchema(@TempDir Path tmp) throws IOException {
        Map<String, String> dbs = ComposeTest.databasePasswordVariables();
        Map<String, String> env = new HashMap<>();
        env.put("BANTU_DATABASES", Compose.load().environment("mysql").get("BANTU_DATABASES"));
        env.put("MYSQL_ROOT_PASSWORD", "root\"pw\\x");
        dbs.forEach((schema, var) -> env.put(var, "pw-of-" + schema + "-it's\\"));

        Probe.Result r = run(tmp, env);
        assertThat(r.exitCode()).as("init script: %s", r.output()).isZero();
        String sql = Files.readString(tmp.resolve("record.sql"));
        assertThat(Files.readString(tmp.resolve("record.args"))).contains("--protocol=socket");
        assertThat(Files.readString(tmp.resolve("record.cnf"))).contains("user=root", "password=\"root\\\"pw\\\\x\"");

        Matcher grants = Pattern.compile("GRANT (.+?) ON (\\S+) TO '([^']+)'@'%'").matcher(sql);
        Map<String, String> grantedOn = new HashMap<>();
        while (grants.find()) {
            assertThat(grantedOn.put(grants.group(3), grants.group(2))).as("one grant per user").isNull();
        }
        assertThat(grantedOn).as("grants").hasSize(dbs.size());
        dbs.forEach((schema, var) -> {
            assertThat(sql).contains("CREATE DATABASE IF NOT EXISTS `" + schema + "`");
            String quoted = "'pw-of-" + schema + "-it''s\\\\'";
            assertThat(sql).contains("CREATE USER IF NOT EXISTS '" + schema + "'@'%' IDENTIFIED BY " + quoted);
            assertThat(sql).as("re-running sets the current password").contains("ALTER USER '" + schema + "'@'%' IDENTIFIED BY " + quoted);
            assertThat(grantedOn.get(schema)).as("user %s is granted", schema).isEqualTo("`" + schema + "`.*");
        });
        assertThat(sql).doesNotContain("*.*", "WITH GRANT OPTION");
    }

    @Test
    void connectsOverTcpToAServerElsewhere(@TempDir Path tmp) throws IOException {
        Probe.Result r = run(tmp, Map.of("BANTU_DATABASES", "bantu_x:X", "X", "pw", "BANTU_DB_ADMIN_HOST", "db.example.internal",
                "BANTU_DB_ADMIN_USER", "admin", "BANTU_DB_ADMIN_PASSWORD", "admin-pw"));
        assertThat(r.exitCode()).as("init script: %s", r.output()).isZero();
        assertThat(Files.readString(tmp.resolve("record.args")))
                .contains("--protocol=tcp", "--host=db.example.internal", "--port=3306");
        assertThat(Files.readString(tmp.resolve("record.cnf"))).contains("user=admin", "password=\"admin-pw\"");
    }

    @Test
    void refusesToRunWithoutAPassword(@TempDir Path tmp) throws IOException {
        Map<String, String> dbs = ComposeTest.databasePasswordVariables();
        String firstVar = dbs.values().iterator().next();
        Map<String, String> env = new HashMap<>();
        env.put("BANTU_DATABASES", Compose.load().environment("mysql").get("BANTU_DATABASES"));
        env.put("MYSQL_ROOT_PASSWORD", "root");
        dbs.values().stream().filter(v -> !v.equals(firstVar)).forEach(v -> env.put(v, "x"));

        Probe.Result r = run(tmp, env);
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains(firstVar);
        assertThat(tmp.resolve("record.sql")).as("nothing sent to MySQL").doesNotExist();
    }

    @Test
    void rejectsAMalformedEntry(@TempDir Path tmp) throws IOException {
        Probe.Result r = run(tmp, Map.of("BANTU_DATABASES", "bantu_x;DROP:X", "X", "pw", "MYSQL_ROOT_PASSWORD", "root"));
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("bad BANTU_DATABASES entry");
    }
}
