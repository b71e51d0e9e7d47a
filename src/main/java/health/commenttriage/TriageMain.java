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
        DatabasePlan plan = DatabasePlan.decide(System.getenv(), System.getProperties(),
                LaunchMode.current().isProduction());
        switch (plan.kind()) {
            case REFUSE -> {
                System.err.println(plan.refusal());
                System.exit(1);
            }
            case EXTERNAL -> Quarkus.run(args);
            case EMBEDDED -> runOnEmbeddedDatabase(plan, args);
        }
    }

    private static void runOnEmbeddedDatabase(DatabasePlan plan, String... args) {
        EmbeddedDatabase database = EmbeddedDatabase.start(plan.dataDirectory(), true, 0);
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", database.username());
        CountDownLatch databaseStopped = new CountDownLatch(1);
        // On SIGTERM the JVM exits once its shutdown hooks end, maybe before Quarkus hands control back
        // to us: this hook holds the exit until Quarkus has stopped and the database is shut down.
        Thread hook = new Thread(() -> {
            try {
                if (!databaseStopped.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    database.close();
                }
            } catch (InterruptedException e) {
                database.close();
            }
        }, "embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Quarkus.run(null, (exitCode, cause) -> {
            database.close();
            databaseStopped.countDown();
            ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(exitCode, cause);
        }, args);
    }
}
