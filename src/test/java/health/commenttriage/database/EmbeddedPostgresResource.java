package health.commenttriage.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives every {@code @QuarkusTest} a real PostgreSQL 17 in a fresh, throw-away data directory. Tests
 * may stop and restart the server through {@link #database()} to see how the service copes.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedDatabase database;
    private static Path dataDirectory;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("triage-test-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedDatabase.start(dataDirectory, false, 0);
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
            database = null;
        }
        deleteRecursively(dataDirectory);
    }

    public static EmbeddedDatabase database() {
        return database;
    }

    /** Stops the server, as an outage would. */
    public static void stopDatabase() {
        database.close();
    }

    /** Starts the server again on the same port and data, as after an outage. */
    public static void restartDatabase() {
        database = EmbeddedDatabase.start(database.dataDirectory(), false, database.port());
    }

    static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
