package health.commenttriage.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTest}: starts a durable embedded server, commits a row,
 * says READY and waits to be killed with SIGKILL, which leaves the postmaster orphaned.
 */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), true, 0);
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS survivor (note TEXT)");
            s.execute("INSERT INTO survivor VALUES ('" + args[1] + "')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
