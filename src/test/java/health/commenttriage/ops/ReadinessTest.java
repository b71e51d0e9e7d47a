package health.commenttriage.ops;

import static health.commenttriage.ops.ManagementPort.management;
import static org.awaitility.Awaitility.await;

import health.commenttriage.database.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Readiness follows the database: a replica without its database must leave the load balancer. */
@QuarkusTest
class ReadinessTest {

    @Test
    void readinessTurnsDownWhileTheDatabaseIsStoppedAndUpWhenItReturns() {
        management().when().get("/q/health/ready").then().statusCode(200);
        EmbeddedPostgresResource.stopDatabase();
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                    .until(() -> management().when().get("/q/health/ready").statusCode() == 503);
            management().when().get("/q/health/live").then().statusCode(200);
        } finally {
            EmbeddedPostgresResource.restartDatabase();
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> management().when().get("/q/health/ready").statusCode() == 200);
    }
}
