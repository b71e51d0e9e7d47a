package health.commenttriage.queue;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.ingest.SignedWebhooks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QueueStatsTest {

    @Inject
    InboxWorker worker;

    @Test
    void aUserLimitedToOtherPracticesCountsNoneOfThese() {
        asAdmin().contentType("application/json").body(java.util.Map.of("username", "stats-elsewhere",
                "password", health.commenttriage.user.StaffLogins.PASSWORD, "roles", java.util.List.of("staff"),
                "practiceIds", java.util.List.of(987654321L))).post("/api/v1/admin/users");
        TestItems.comment(worker, "Is the office open on Saturday?");
        JsonPath limited = health.commenttriage.user.StaffLogins.as("stats-elsewhere").get("/api/v1/queue/stats")
                .then().statusCode(200).extract().jsonPath();
        assertThat(limited.getLong("open")).isZero();
        assertThat(asAdmin().get("/api/v1/queue/stats").jsonPath().getLong("open")).isPositive();
    }

    @Test
    void statsCountOpenWorkAndOverdueItems() {
        JsonPath before = asAdmin().when().get("/api/v1/queue/stats").then().statusCode(200).extract().jsonPath();
        String id = "stats-" + UUID.randomUUID();
        String body = "{\"id\":\"" + id + "\",\"channel\":\"dm\",\"author\":{\"id\":\"" + id + "\"},"
                + "\"text\":\"she is unconscious and not breathing\",\"lang\":\"en\"}";
        SignedWebhooks.generic("webform", id, body.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        worker.drain(100);
        // make it overdue, as if nobody had picked it up in time
        QuarkusTransaction.requiringNew().run(() -> TriageItem.update(
                "dueAt = ?1 where id in (select m.triageItemId from Message m where m.platformMessageId = ?2)",
                OffsetDateTime.now().minusMinutes(5), "webform:" + id));

        JsonPath after = asAdmin().when().get("/api/v1/queue/stats").then().statusCode(200).extract().jsonPath();
        assertThat(after.getLong("byPriority.P1.open")).isEqualTo(before.getLong("byPriority.P1.open") + 1);
        assertThat(after.getLong("byPriority.P1.overdue")).isEqualTo(before.getLong("byPriority.P1.overdue") + 1);
        assertThat(after.getLong("overdue")).isGreaterThanOrEqualTo(1);
        assertThat(after.getLong("byStatus.NEW")).isEqualTo(before.getLong("byStatus.NEW") + 1);
        assertThat(after.getLong("byPriority.P1.oldestOpenSeconds")).isGreaterThanOrEqualTo(0);
    }
}
