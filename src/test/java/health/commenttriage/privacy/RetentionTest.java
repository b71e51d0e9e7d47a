package health.commenttriage.privacy;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.message.Message;
import health.commenttriage.queue.TestItems;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Old message text, names and drafts are redacted; labels, timings and the audit trail stay. */
@QuarkusTest
class RetentionTest {

    @Inject
    InboxWorker worker;

    @Inject
    Retention retention;

    @Test
    void textNamesDraftsNotesAndTheRawDeliveryGoAfterTheRetentionLabelsAndAuditStay() {
        long old = TestItems.comment(worker, "I have chest pain since this morning, can you help");
        long recent = TestItems.comment(worker, "Is the office open on Saturday");
        asAdmin().contentType("application/json").body(Map.of("text", "Called her back about the pain"))
                .post("/api/v1/items/" + old + "/notes").then().statusCode(201);
        JsonPath before = asAdmin().get("/api/v1/items/" + old).then().extract().jsonPath();
        List<String> labelsBefore = before.getList("labels");
        assertThat(before.getList("drafts")).as(before.prettify()).isNotEmpty();
        age(old, 31);

        Redaction.Counts done = retention.run();

        assertThat(done.messages()).isGreaterThanOrEqualTo(1);
        JsonPath item = asAdmin().get("/api/v1/items/" + old).then().statusCode(200)
                .body("labels", org.hamcrest.Matchers.equalTo(labelsBefore))
                .body("messages[0].text", nullValue()).body("messages[0].authorName", nullValue())
                .body("messages[0].classification", nullValue()).body("messages[0].redactedAt", notNullValue())
                .body("messages[0].authorId", notNullValue())
                .body("drafts.text", everyItem(nullValue())).body("notes[0].text", nullValue())
                .body("history.action", hasItem("item.viewed"))
                .extract().jsonPath();
        assertThat(item.getList("drafts")).isNotEmpty();
        assertThat(rawDeliveryLength(old)).isZero();
        asAdmin().get("/api/v1/items/" + recent).then().statusCode(200)
                .body("messages[0].text", org.hamcrest.Matchers.startsWith("Is the office open"))
                .body("messages[0].redactedAt", nullValue());
        assertThat(rawDeliveryLength(recent)).isPositive();
        assertThat(auditActions()).contains("retention.redacted");

        // a second run (or a second replica) finds nothing more to do
        assertThat(retention.run().messages()).isZero();
    }

    @Test
    void aPracticeThatKeepsLongerKeepsItsMessages() {
        long id = TestItems.comment(worker, "please refill my lisinopril");
        long practice = practiceOf(id);
        setRetention(practice, 60);
        try {
            age(id, 31);
            retention.run();
            asAdmin().get("/api/v1/items/" + id).then().body("messages[0].text", notNullValue());
            age(id, 61);
            retention.run();
            asAdmin().get("/api/v1/items/" + id).then().body("messages[0].text", nullValue());
        } finally {
            setRetention(practice, 0);
        }
    }

    @Test
    void twoReplicasRunningAtOnceRedactEachMessageOnce() throws Exception {
        int aged = 30;
        for (int i = 0; i < aged; i++) {
            age(TestItems.comment(worker, "my knee hurts when I run " + i), 40);
        }
        CompletableFuture<Redaction.Counts> one = CompletableFuture.supplyAsync(retention::run);
        CompletableFuture<Redaction.Counts> two = CompletableFuture.supplyAsync(retention::run);
        assertThat(one.get().messages() + two.get().messages()).isGreaterThanOrEqualTo(aged);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Message.count(
                "redactedAt is not null and text is not null"))).isZero();
    }

    @Test
    void retentionDaysOutOfRangeAreRefused() {
        long practice = practiceOf(TestItems.comment(worker, "hello"));
        Map<String, Object> profile = asAdmin().get("/api/v1/admin/practices/" + practice).then().extract().as(Map.class);
        profile.put("retentionDays", 5000);
        asAdmin().contentType("application/json").body(profile).put("/api/v1/admin/practices/" + practice).then()
                .statusCode(400).body("detail", org.hamcrest.Matchers.containsString("retentionDays"));
    }

    static void age(long itemId, int days) {
        QuarkusTransaction.requiringNew().run(() -> Message.getEntityManager().createNativeQuery(
                "UPDATE message SET received_at = now() - make_interval(days => :days) WHERE triage_item_id = :item")
                .setParameter("days", days).setParameter("item", itemId).executeUpdate());
    }

    static long practiceOf(long itemId) {
        return asAdmin().get("/api/v1/items/" + itemId).then().extract().jsonPath().getLong("practiceId");
    }

    private static void setRetention(long practice, int days) {
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = asAdmin().get("/api/v1/admin/practices/" + practice).then().extract().as(Map.class);
        profile.put("retentionDays", days);
        asAdmin().contentType("application/json").body(profile).put("/api/v1/admin/practices/" + practice).then()
                .statusCode(200);
    }

    static int rawDeliveryLength(long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Message.getEntityManager().createNativeQuery(
                "SELECT length(e.body) FROM inbound_event e JOIN message m ON m.inbound_event_id = e.id"
                        + " WHERE m.triage_item_id = :item").setParameter("item", itemId).getSingleResult()).intValue());
    }

    @SuppressWarnings("unchecked")
    static List<String> auditActions() {
        return QuarkusTransaction.requiringNew().call(() -> Message.getEntityManager()
                .createNativeQuery("SELECT action FROM audit_event").getResultList());
    }
}
