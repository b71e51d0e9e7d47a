package health.commenttriage;

import health.commenttriage.database.DatabasePlan;
import health.commenttriage.database.EmbeddedDatabase;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts the embedded PostgreSQL when no external database is configured, points the datasource at it
 * before Quarkus reads its configuration, and stops it after Quarkus has shut down.
 */
@QuarkusMain
public class TriageMain {

    /** Longer than quarkus.shutdown.timeout, so in-flight requests finish before the database stops. */
    private static final long SHUTDOWN_WAIT_SECONDS = 60;

    public static void main(String... args) {
        boolean packagedRun = isPackagedRun();
        DatabasePlan plan = DatabasePlan.decide(System.getenv(), System.getProperties(), packagedRun);
        switch (plan.kind()) {
            case REFUSE -> {
                System.err.println(plan.refusal());
                System.exit(1);
            }
            case EXTERNAL -> Quarkus.run(args);
            case EMBEDDED -> runOnEmbeddedDatabase(plan, packagedRun, args);
        }
    }

    /**
     * Quarkus sets its launch mode only after main has run, so dev mode is told apart by the system
     * property that the Maven plugin's dev goal sets (see pom.xml).
     */
    private static boolean isPackagedRun() {
        return !"dev".equals(System.getProperty("triage.launch")) && LaunchMode.current().isProduction();
    }

    private static void runOnEmbeddedDatabase(DatabasePlan plan, boolean packagedRun, String... args) {
        EmbeddedDatabase database = EmbeddedDatabase.start(plan.dataDirectory(), true, 0);
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", database.username());
        CountDownLatch quarkusStopped = new CountDownLatch(1);
        // On SIGTERM the JVM exits once its shutdown hooks end, maybe before Quarkus hands control back
        // to us: this hook holds the exit until Quarkus has stopped, then stops the database.
        // Dev mode restarts Quarkus on every code change without running main again, so there the
        // database lives as long as the JVM.
        long wait = packagedRun ? SHUTDOWN_WAIT_SECONDS : 0;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                quarkusStopped.await(wait, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            database.close();
        }, "embedded-postgres-stop"));
        Quarkus.run(null, (exitCode, cause) -> {
            if (packagedRun) {
                database.close();
                quarkusStopped.countDown();
            }
            ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(exitCode, cause);
        }, args);
    }
}
