package health.commenttriage.queue;

import static health.commenttriage.user.StaffLogins.as;
import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.user.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every staff action on an item: allowed, refused, audited. */
@QuarkusTest
class ItemWorkflowTest {

    static final String ALICE = "alice";
    static final String BOB = "bob";
    static final String SAM = "sam-supervisor";

    @Inject
    InboxWorker worker;

    @Inject
    ItemWorkflow workflow;

    @BeforeEach
    void users() {
        user(ALICE, Roles.STAFF);
        user(BOB, Roles.STAFF);
        user(SAM, Roles.SUPERVISOR);
    }

    @Test
    void aClaimNamesItsHolderAndRefusesOthersWithTheHolderAndExpiry() {
        long id = TestItems.comment(worker, "do you take medicaid");
        as(ALICE).post("/api/v1/items/" + id + "/claim").then().statusCode(200)
                .body("claimedBy", equalTo(ALICE)).body("status", equalTo("CLAIMED"))
                .body("claimExpiresAt", notNullValue());
        as(BOB).post("/api/v1/items/" + id + "/claim").then().statusCode(409)
                .contentType("application/problem+json")
                .body("claimedBy", equalTo(ALICE)).body("claimExpiresAt", notNullValue());
        // the holder claiming again renews
        as(ALICE).post("/api/v1/items/" + id + "/claim").then().statusCode(200).body("claimedBy", equalTo(ALICE));
        asAdmin().get("/api/v1/items/" + id).then().statusCode(200).body("claimedBy", equalTo(ALICE));
    }

    @Test
    void anExpiredClaimCanBeTakenAndIsReleasedByTheHousekeeping() {
        long taken = TestItems.comment(worker, "do you take medicaid");
        as(ALICE).post("/api/v1/items/" + taken + "/claim").then().statusCode(200);
        expireClaim(taken);
        as(BOB).post("/api/v1/items/" + taken + "/claim").then().statusCode(200).body("claimedBy", equalTo(BOB));

        long forgotten = TestItems.comment(worker, "do you take medicaid");
        as(ALICE).post("/api/v1/items/" + forgotten + "/claim").then().statusCode(200);
        expireClaim(forgotten);
        assertThat(workflow.releaseExpiredClaims()).isGreaterThanOrEqualTo(1);
        asAdmin().get("/api/v1/items/" + forgotten).then().statusCode(200)
                .body("status", equalTo("NEW")).body("claimedBy", nullValue());
        asAdmin().get("/api/v1/items/" + forgotten + "/audit").then().statusCode(200)
                .body("action", hasItem("item.claim-expired"));
    }

    @Test
    void releaseIsForTheHolderOrASupervisor() {
        long id = TestItems.comment(worker, "do you take medicaid");
        as(ALICE).post("/api/v1/items/" + id + "/release").then().statusCode(409).body("detail", containsString("not claimed"));
        as(ALICE).post("/api/v1/items/" + id + "/claim").then().statusCode(200);
        as(BOB).post("/api/v1/items/" + id + "/release").then().statusCode(403).body("claimedBy", equalTo(ALICE));
        as(SAM).post("/api/v1/items/" + id + "/release").then().statusCode(200)
                .body("status", equalTo("NEW")).body("claimedBy", nullValue());
        as(BOB).post("/api/v1/items/" + id + "/claim").then().statusCode(200);
        as(BOB).post("/api/v1/items/" + id + "/release").then().statusCode(200);
    }

    @Test
    void aSentReplyIsLintedAndClosesTheItem() {
        long id = TestItems.comment(worker, "got my lab results back, I take lisinopril, are they ok?");
        as(ALICE).post("/api/v1/items/" + id + "/claim").then().statusCode(200);
        String unsafe = "Your results look fine, keep taking the lisinopril.";
        as(ALICE).contentType("application/json").body(Map.of("text", unsafe))
                .post("/api/v1/items/" + id + "/sent").then().statusCode(422)
                .body("violations.rule", hasItem("care-relationship"));
        as(ALICE).contentType("application/json").body(Map.of("text", unsafe, "override", true,
                        "overrideReason", "the doctor approved this wording"))
                .post("/api/v1/items/" + id + "/sent").then().statusCode(403);
        as(BOB).contentType("application/json").body(Map.of("text", "Please call us at (555) 010-0100."))
                .post("/api/v1/items/" + id + "/sent").then().statusCode(409).body("claimedBy", equalTo(ALICE));

        as(ALICE).contentType("application/json")
                .body(Map.of("text", "We can't advise over social media. Please call us at (555) 010-0100.",
                        "platformUrl", "https://facebook.com/comment/1"))
                .post("/api/v1/items/" + id + "/sent").then().statusCode(200)
                .body("status", equalTo("SENT")).body("claimedBy", nullValue());
        JsonPath item = asAdmin().get("/api/v1/items/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(item.getString("status")).isEqualTo("SENT");
        asAdmin().queryParam("limit", 500).get("/api/v1/items").then().statusCode(200).body("id", not(hasItem((int) id)));
        // a closed item refuses every further action, with the reason
        for (String action : List.of("claim", "release")) {
            as(ALICE).post("/api/v1/items/" + id + "/" + action).then().statusCode(409).body("status", equalTo("SENT"));
        }
        as(ALICE).contentType("application/json").body(Map.of("reason", "duplicate"))
                .post("/api/v1/items/" + id + "/dismiss").then().statusCode(409).body("detail", containsString("SENT"));
        as(ALICE).contentType("application/json").body(Map.of("labels", List.of("OTHER"), "version", item.getLong("version")))
                .put("/api/v1/items/" + id + "/labels").then().statusCode(409);
    }

    @Test
    void aSupervisorMayOverrideTheLinterAndTheOverrideIsAudited() {
        long id = TestItems.comment(worker, "got my lab results back, I take lisinopril, are they ok?");
        String unsafe = "Your results look fine, keep taking the lisinopril.";
        as(SAM).contentType("application/json").body(Map.of("text", unsafe, "override", true))
                .post("/api/v1/items/" + id + "/sent").then().statusCode(400).body("detail", containsString("overrideReason"));
        as(SAM).contentType("application/json")
                .body(Map.of("text", unsafe, "override", true, "overrideReason", "the doctor asked us to post this"))
                .post("/api/v1/items/" + id + "/sent").then().statusCode(200).body("status", equalTo("SENT"));
        asAdmin().get("/api/v1/items/" + id + "/audit").then().statusCode(200)
                .body("find { it.action == 'item.sent' }.actor", equalTo(SAM))
                .body("find { it.action == 'item.sent' }.details.lintOverride", hasItem("care-relationship"))
                .body("find { it.action == 'item.sent' }.details.overrideReason", equalTo("the doctor asked us to post this"));
    }

    @Test
    void sendingADraftAsDraftedIsRecordedAsUnedited() {
        long id = TestItems.comment(worker, "do you take medicaid");
        String draft = asAdmin().get("/api/v1/items/" + id).then().statusCode(200).extract().jsonPath()
                .getString("drafts[0].text");
        as(ALICE).contentType("application/json").body(Map.of("text", draft))
                .post("/api/v1/items/" + id + "/sent").then().statusCode(200);
        asAdmin().get("/api/v1/items/" + id + "/audit").then()
                .body("find { it.action == 'item.sent' }.details.unedited", equalTo(true));
    }

    @Test
    void dismissAndEscalateNeedAReason() {
        long id = TestItems.comment(worker, "do you take medicaid");
        as(ALICE).contentType("application/json").body(Map.of()).post("/api/v1/items/" + id + "/dismiss")
                .then().statusCode(400).body("detail", containsString("reason"));
        as(ALICE).contentType("application/json").body(Map.of("reason", " ")).post("/api/v1/items/" + id + "/escalate")
                .then().statusCode(400).body("detail", containsString("reason"));

        as(ALICE).post("/api/v1/items/" + id + "/claim").then().statusCode(200);
        as(ALICE).contentType("application/json").body(Map.of("reason", "needs the doctor's call"))
                .post("/api/v1/items/" + id + "/escalate").then().statusCode(200)
                .body("status", equalTo("ESCALATED")).body("claimedBy", nullValue());
        as(BOB).contentType("application/json").body(Map.of("reason", "again"))
                .post("/api/v1/items/" + id + "/escalate").then().statusCode(409).body("detail", containsString("already"));
        // still open: a supervisor claims it and dismisses it
        as(SAM).post("/api/v1/items/" + id + "/claim").then().statusCode(200).body("status", equalTo("ESCALATED"));
        as(SAM).contentType("application/json").body(Map.of("reason", "answered by phone"))
                .post("/api/v1/items/" + id + "/dismiss").then().statusCode(200).body("status", equalTo("DISMISSED"));
        asAdmin().get("/api/v1/items/" + id + "/audit").then().statusCode(200)
                .body("action", hasItems("item.created", "item.claimed", "item.escalated", "item.dismissed"))
                .body("find { it.action == 'item.dismissed' }.details.before.status", equalTo("ESCALATED"))
                .body("find { it.action == 'item.dismissed' }.details.after.status", equalTo("DISMISSED"));
    }

    @Test
    void aStaleVersionIsRefused() {
        long id = TestItems.comment(worker, "do you take medicaid");
        long version = asAdmin().get("/api/v1/items/" + id).then().extract().jsonPath().getLong("version");
        as(ALICE).post("/api/v1/items/" + id + "/claim").then().statusCode(200);
        as(ALICE).contentType("application/json").body(Map.of("reason", "spam", "version", version))
                .post("/api/v1/items/" + id + "/dismiss").then().statusCode(409)
                .body("currentVersion", equalTo((int) version + 1));
    }

    @Test
    void relabellingRecomputesPriorityDueTimeAndDraftsAndIsKeptAsFeedback() {
        long id = TestItems.comment(worker, "do you take medicaid");
        JsonPath before = asAdmin().get("/api/v1/items/" + id).then().extract().jsonPath();
        assertThat(before.getString("priority")).isEqualTo("P4");
        long version = before.getLong("version");

        as(ALICE).contentType("application/json").body(Map.of("labels", List.of("EMERGENCY")))
                .put("/api/v1/items/" + id + "/labels").then().statusCode(400).body("detail", containsString("version"));
        as(ALICE).contentType("application/json").body(Map.of("labels", List.of("URGENT"), "version", version))
                .put("/api/v1/items/" + id + "/labels").then().statusCode(400).body("detail", containsString("labels"));
        as(ALICE).contentType("application/json").body(Map.of("labels", List.of("EMERGENCY"), "version", version + 5))
                .put("/api/v1/items/" + id + "/labels").then().statusCode(409);

        as(ALICE).contentType("application/json").body(Map.of("labels", List.of("EMERGENCY", "GENERAL_INQUIRY"), "version", version))
                .put("/api/v1/items/" + id + "/labels").then().statusCode(200)
                .body("priority", equalTo("P1")).body("labels", equalTo(List.of("EMERGENCY", "GENERAL_INQUIRY")))
                .body("version", equalTo((int) version + 1));
        JsonPath after = asAdmin().get("/api/v1/items/" + id).then().extract().jsonPath();
        OffsetDateTime created = OffsetDateTime.parse(after.getString("createdAt"));
        OffsetDateTime due = OffsetDateTime.parse(after.getString("dueAt"));
        assertThat(java.time.Duration.between(created, due).toMinutes()).isEqualTo(5);
        assertThat(after.getString("drafts[0].text")).contains("911");
        assertThat(LabelFeedbackCount.of(id)).isEqualTo(1);
    }

    @Test
    void notesAreKeptAndShownWithTheItem() {
        long id = TestItems.comment(worker, "do you take medicaid");
        as(ALICE).contentType("application/json").body(Map.of("text", "")).post("/api/v1/items/" + id + "/notes")
                .then().statusCode(400);
        as(ALICE).contentType("application/json").body(Map.of("text", "called back, left a voicemail"))
                .post("/api/v1/items/" + id + "/notes").then().statusCode(201).body("author", equalTo(ALICE));
        as(BOB).get("/api/v1/items/" + id).then().statusCode(200)
                .body("notes[0].text", equalTo("called back, left a voicemail"));
        Response audit = as(BOB).get("/api/v1/items/" + id + "/audit");
        audit.then().statusCode(200).body("action", hasItems("item.note-added", "item.viewed"));
        assertThat(audit.asString()).as("the trail never holds message or note text")
                .doesNotContain("voicemail").doesNotContain("medicaid");
    }

    @Test
    void unknownAndMalformedIdsAndMissingBodies() {
        as(ALICE).post("/api/v1/items/999999999/claim").then().statusCode(404).contentType("application/problem+json");
        as(ALICE).get("/api/v1/items/999999999/audit").then().statusCode(404);
        as(ALICE).get("/api/v1/items/999999999").then().statusCode(404);
        as(ALICE).post("/api/v1/items/abc/claim").then().statusCode(400).body("detail", containsString("id"));
        long id = TestItems.comment(worker, "do you take medicaid");
        as(ALICE).contentType("application/json").post("/api/v1/items/" + id + "/sent").then().statusCode(400);
        as(ALICE).contentType("application/json").body("{not json").post("/api/v1/items/" + id + "/sent")
                .then().statusCode(400);
        as(ALICE).contentType("application/json").body(Map.of("text", "Please call us.", "platformUrl", "javascript:alert(1)"))
                .post("/api/v1/items/" + id + "/sent").then().statusCode(400).body("detail", containsString("platformUrl"));
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordTheApiAnswers401() {
        io.restassured.RestAssured.given().get("/api/v1/items").then().statusCode(401);
        io.restassured.RestAssured.given().auth().preemptive().basic(ALICE, "wrong password!!")
                .get("/api/v1/items").then().statusCode(401);
        as(ALICE).get("/api/v1/feedback/export").then().statusCode(403);
    }

    private static void expireClaim(long id) {
        QuarkusTransaction.requiringNew().run(() -> TriageItem.getEntityManager()
                .createNativeQuery("UPDATE triage_item SET claim_expires_at = now() - INTERVAL '1 second' WHERE id = :id")
                .setParameter("id", id).executeUpdate());
    }

    /** Feedback rows of an item, read straight from the table. */
    static final class LabelFeedbackCount {
        static long of(long itemId) {
            return QuarkusTransaction.requiringNew().call(() -> LabelFeedback.count("triageItemId", itemId));
        }
    }
}
