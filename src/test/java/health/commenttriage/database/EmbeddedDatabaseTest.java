package health.commenttriage.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded server outside Quarkus: its durability settings and its recovery from a killed JVM. */
class EmbeddedDatabaseTest {

    private Path dataDirectory;

    @BeforeEach
    void freshDirectory() throws Exception {
        dataDirectory = Files.createTempDirectory("triage-embedded-test");
    }

    @AfterEach
    void cleanUp() throws Exception {
        OrphanedPostmaster.stopIfRunning(dataDirectory);
        EmbeddedPostgresResource.deleteRecursively(dataDirectory);
    }

    @Test
    void aDurableServerKeepsFsyncAndSynchronousCommitOn() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, true, 0)) {
            assertThat(query(database, "SHOW fsync")).containsExactly("on");
            assertThat(query(database, "SHOW synchronous_commit")).containsExactly("on");
            assertThat(query(database, "SHOW server_version")).singleElement().asString().startsWith("17.");
        }
        assertThat(Files.exists(dataDirectory.resolve("postmaster.pid"))).isFalse();
    }

    @Test
    void dataSurvivesAStopAndAStart() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, true, 0)) {
            execute(database, "CREATE TABLE kept (v INT)");
            execute(database, "INSERT INTO kept VALUES (42)");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, true, 0)) {
            assertThat(query(database, "SELECT v FROM kept")).containsExactly("42");
        }
    }

    @Test
    void aPostmasterOrphanedByAKilledJvmIsStoppedAndItsCommittedRowsKept() throws Exception {
        Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(),
                dataDirectory.toString(), "committed-before-the-kill")
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // start-up chatter of the child
            }
            assertThat(line).as("the child JVM started its database").isEqualTo("READY");
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        Optional<ProcessHandle> orphan = OrphanedPostmaster.runningPostmaster(dataDirectory);
        assertThat(orphan).as("SIGKILL of the JVM leaves the postmaster running").isPresent();

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, true, 0)) {
            assertThat(orphan.get().isAlive()).isFalse();
            assertThat(query(database, "SELECT note FROM survivor")).containsExactly("committed-before-the-kill");
        }
        assertThat(OrphanedPostmaster.runningPostmaster(dataDirectory)).isEmpty();
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> query(EmbeddedDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
