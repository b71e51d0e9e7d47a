package health.commenttriage.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A JVM killed with SIGKILL leaves its embedded postmaster running, because the postmaster lives in a
 * process group of its own. Before a new server starts on the same data directory, that leftover is
 * stopped with a fast shutdown (SIGINT), which rolls back open transactions and keeps every committed row.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        LOG.warnf("A PostgreSQL server (pid %d) is still running on %s, probably left by a killed process; "
                + "stopping it with a fast shutdown", pid, dataDirectory);
        signal(pid, "-INT");
        try {
            postmaster.get().onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException("the PostgreSQL server (pid " + pid + ") on " + dataDirectory
                    + " did not stop within " + STOP_WAIT.toSeconds() + " s", e);
        }
    }

    /** The postmaster named in {@code postmaster.pid}, if that process is alive and is a postgres. */
    static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // the pid in a stale file may since have been given to an unrelated process
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IOException("kill " + signal + " " + pid + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping pid " + pid, e);
        }
    }
}
