package health.commenttriage.security;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static health.commenttriage.user.StaffLogins.user;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.ingest.CapturedLog;
import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.ingest.SignedWebhooks;
import health.commenttriage.web.PageSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole day's flow, webhook to reply, through the API and the pages, with distinctive texts, names
 * and drafts: none of them may appear in anything logged.
 */
@QuarkusTest
class PrivacyOfLogsTest {

    private static final String TEXT = "Quixotrel chest pain and my Xylomab dose";
    private static final String NAME = "Wilhelmina Zzyzxbottom";
    private static final String HANDLE = "zzyzx_handle_77";
    private static final String REPLY = "Please call 911 now. Frobnicated reply wording.";
    private static final String NOTE = "Called Zzyzxbottom back at home";
    private static final List<String> SECRETS = List.of("Quixotrel", "Xylomab", "Zzyzxbottom", "Wilhelmina",
            HANDLE, "Frobnicated");

    @Inject
    InboxWorker worker;

    @Test
    void textsNamesHandlesDraftsAndNotesNeverReachTheLog() {
        List<String> lines;
        try (CapturedLog log = CapturedLog.start()) {
            lines = log.lines();
            String body = "{\"id\":\"priv-flow-1\",\"channel\":\"dm\",\"conversationId\":\"priv-conv\",\"author\":{\"id\":\""
                    + HANDLE + "\",\"name\":\"" + NAME + "\",\"handle\":\"" + HANDLE + "\"},\"text\":\"" + TEXT + "\"}";
            SignedWebhooks.generic("webform", "priv-flow-1", body.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
            // deliveries that fail or are refused log too, and must not quote what they carried
            SignedWebhooks.meta(("{\"object\":\"" + TEXT + "\",\"from\":\"" + NAME + "\"}").getBytes(StandardCharsets.UTF_8))
                    .then().statusCode(200);
            SignedWebhooks.generic("webform", "priv-bad", ("{\"id\":\"x\",\"text\":\"" + TEXT + "\"}")
                    .getBytes(StandardCharsets.UTF_8)).then().statusCode(400);
            worker.drain(20);
            long id = asAdmin().queryParam("q", "Quixotrel").get("/api/v1/items").jsonPath().getLong("[0].id");

            PageSession page = PageSession.login(user("privacy-staff", "staff"));
            page.cookiesOnly().get("/items/" + id).then().statusCode(200);
            page.htmx().formParam("text", "Your Xylomab results look fine, " + NAME).post("/items/" + id + "/lint")
                    .then().statusCode(200);
            page.htmx().formParam("text", NOTE).post("/items/" + id + "/notes").then().statusCode(204);
            page.htmx().formParam("text", TEXT).post("/try").then().statusCode(200);
            // refused: unsafe, then accepted
            page.htmx().formParam("text", "Your Xylomab dose is fine, " + NAME).post("/items/" + id + "/sent")
                    .then().statusCode(422);
            page.htmx().formParam("text", REPLY).post("/items/" + id + "/sent").then().statusCode(204);
            asAdmin().contentType("application/json").body(Map.of("text", TEXT)).post("/api/v1/classify")
                    .then().statusCode(200);
            asAdmin().get("/api/v1/admin/authors/generic/" + HANDLE).then().statusCode(200);
            asAdmin().get("/api/v1/items/" + id).then().statusCode(200);
        }
        assertThat(lines).as("something was logged").isNotEmpty();
        assertThat(lines).noneMatch(line -> SECRETS.stream().anyMatch(line::contains));
    }
}
