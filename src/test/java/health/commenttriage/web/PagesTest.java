package health.commenttriage.web;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.queue.TestItems;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The pages over HTTP as a browser's htmx calls them (the browser tests drive the same pages for real). */
@QuarkusTest
class PagesTest {

    @Inject
    InboxWorker worker;

    @Test
    void theQueueListsItemsWithPriorityInWordsAndTheRowsReloadAlone() {
        long id = TestItems.comment(worker, "My husband has crushing chest pain and is sweating right now");
        PageSession page = PageSession.login(user("pages-queue", "staff"));
        String queue = page.cookiesOnly().get("/").then().statusCode(200).extract().asString();
        assertThat(queue).contains("data-item-id=\"" + id + "\"").contains("P1 · emergency")
                .contains("src=\"/webjars/htmx.org/");
        page.htmx().get("/queue/rows?label=EMERGENCY").then().statusCode(200)
                .body(containsString("data-item-id=\"" + id + "\"")).body(not(containsString("<html")));
        page.htmx().get("/queue/rows?priority=P9").then().statusCode(400).body(containsString("priority must be"));
        page.htmx().get("/queue/stats").then().statusCode(200).body(containsString("open"));
    }

    @Test
    void openingAnItemClaimsItHighlightsTheEvidenceAndIsAudited() {
        long id = TestItems.comment(worker, "He is not having a seizure, but my dad has slurred speech and his face is drooping");
        PageSession first = PageSession.login(user("pages-first", "staff"));
        String item = first.cookiesOnly().get("/items/" + id).then().statusCode(200).extract().asString();
        assertThat(item).contains("<mark class=\"ev label-EMERGENCY\"").contains("class=\"suppressed\"")
                .contains("id=\"mark-sent\"").doesNotContain("Claimed by");
        asAdmin().get("/api/v1/items/" + id).then().body("claimedBy", equalTo("pages-first"))
                .body("history.action", hasItem("item.viewed"));

        PageSession second = PageSession.login(user("pages-second", "staff"));
        String readOnly = second.cookiesOnly().get("/items/" + id).then().statusCode(200).extract().asString();
        assertThat(readOnly).contains("Claimed by <strong>pages-first</strong>").contains("readonly");
        second.htmx().formParam("reason", "not mine").formParam("version", 0).post("/items/" + id + "/dismiss")
                .then().statusCode(409);
    }

    @Test
    void theDraftIsLintedAsStaffTypeAndASafeReplyClosesTheItem() {
        long id = TestItems.comment(worker, "Can you tell me what my blood test results mean?");
        PageSession page = PageSession.login(user("pages-lint", "staff"));
        page.cookiesOnly().get("/items/" + id).then().statusCode(200);
        page.htmx().formParam("text", "Hi! Your results look fine, nothing to worry about.")
                .post("/items/" + id + "/lint").then().statusCode(200)
                .body(containsString("data-lint=\"violations\"")).body(containsString("lint-hit"));
        String safe = "Thanks for reaching out. Please call our office at (555) 010-0100 so we can help you privately.";
        page.htmx().formParam("text", safe).post("/items/" + id + "/lint").then().statusCode(200)
                .body(containsString("data-lint=\"ok\""));
        // an unsafe reply is refused with the reasons, and nothing changes
        page.htmx().formParam("text", "Your results look fine.").post("/items/" + id + "/sent").then().statusCode(422);
        Response sent = page.htmx().formParam("text", safe).post("/items/" + id + "/sent");
        assertThat(sent.statusCode()).isEqualTo(204);
        assertThat(sent.header("HX-Redirect")).isEqualTo("/");
        asAdmin().get("/api/v1/items/" + id).then().body("status", equalTo("SENT"));
        // a closed item still opens, read-only, saying what became of it
        page.cookiesOnly().get("/items/" + id).then().statusCode(200)
                .body(containsString("This item is sent: sent by pages-lint")).body(containsString("readonly"));
    }

    @Test
    void staffCorrectLabelsAndAddNotesFromThePage() {
        long id = TestItems.comment(worker, "Is the office open on Saturday?");
        PageSession page = PageSession.login(user("pages-relabel", "staff"));
        page.cookiesOnly().get("/items/" + id).then().statusCode(200);
        long version = asAdmin().get("/api/v1/items/" + id).jsonPath().getLong("version");
        page.htmx().formParam("labels", "GENERAL_INQUIRY").formParam("labels", "COMPLAINT")
                .formParam("version", version).put("/items/" + id + "/labels").then().statusCode(204)
                .header("HX-Refresh", "true");
        page.htmx().formParam("text", "Called back, all good").post("/items/" + id + "/notes").then().statusCode(204);
        asAdmin().get("/api/v1/items/" + id).then().body("labels", hasItem("COMPLAINT")).body("priority", equalTo("P3"))
                .body("notes.text", hasItem("Called back, all good"));
        page.htmx().formParam("labels", "NOT_A_LABEL").formParam("version", version + 1)
                .put("/items/" + id + "/labels").then().statusCode(400);
    }

    @Test
    void tryAMessageShowsLabelsEvidenceAndDrafts() {
        PageSession page = PageSession.login(user("pages-try", "staff"));
        page.cookiesOnly().get("/try").then().statusCode(200).body(containsString("Try a message"));
        page.htmx().formParam("text", "mi hijo se tragó una pila de botón").formParam("channel", "comment")
                .post("/try").then().statusCode(200).body(containsString("label-EMERGENCY"))
                .body(containsString("<mark class=\"ev label-EMERGENCY\"")).body(containsString("911"));
        page.htmx().formParam("text", "  ").post("/try").then().statusCode(200)
                .body(containsString("Paste or type a message first"));
    }
}
