package health.commenttriage.queue;

import static health.commenttriage.user.StaffLogins.asAdmin;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.ingest.SignedWebhooks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Puts messages in the queue the way platforms do (a signed webhook, then the inbox workers). */
public final class TestItems {

    private TestItems() {
    }

    /** A public comment with the text (plus a unique word) as an item; returns the item id. */
    public static long comment(InboxWorker worker, String text) {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String body = "{\"id\":\"" + token + "\",\"channel\":\"comment\",\"author\":{\"id\":\"a-" + token
                + "\",\"name\":\"Visitor\"},\"text\":\"" + text + " " + token + "\",\"lang\":\"en\"}";
        SignedWebhooks.generic("webform", token, body.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        worker.drain(100);
        List<Integer> ids = asAdmin().queryParam("q", token).queryParam("status", "NEW,CLAIMED,ESCALATED,SENT,DISMISSED")
                .get("/api/v1/items").then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
        if (ids.size() != 1) {
            throw new IllegalStateException("expected one item for the new message, found " + ids.size());
        }
        return ids.get(0);
    }
}
