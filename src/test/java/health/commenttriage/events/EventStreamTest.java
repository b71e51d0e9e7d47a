package health.commenttriage.events;

import static health.commenttriage.user.StaffLogins.PASSWORD;
import static health.commenttriage.user.StaffLogins.as;
import static health.commenttriage.user.StaffLogins.user;
import static org.assertj.core.api.Assertions.assertThat;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.ingest.SignedWebhooks;
import health.commenttriage.user.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The live feed: changes arrive as ids, and a reconnecting client resumes after Last-Event-ID. */
@QuarkusTest
class EventStreamTest {

    @Inject
    InboxWorker worker;

    @TestHTTPResource("/")
    URL base;

    @Test
    void newAndClaimedItemsAreAnnouncedAndAReconnectResumes() throws Exception {
        String erin = user("erin-events", Roles.STAFF);
        try (SseClient client = SseClient.open(base, erin, PASSWORD, null)) {
            long id = newComment();
            SseClient.Event created = client.next(e -> e.type().equals("item.created") && e.itemId() == id,
                    Duration.ofSeconds(10));
            as(erin).post("/api/v1/items/" + id + "/claim").then().statusCode(200);
            client.next(e -> e.type().equals("item.claimed") && e.itemId() == id, Duration.ofSeconds(10));
            as(erin).post("/api/v1/items/" + id + "/release").then().statusCode(200);
            SseClient.Event released = client.next(e -> e.type().equals("item.released") && e.itemId() == id,
                    Duration.ofSeconds(10));
            assertThat(created.data()).as("ids only, never text").doesNotContain("medicaid");

            // a browser that lost its connection after the first event gets what it missed, in order
            try (SseClient resumed = SseClient.open(base, erin, PASSWORD, created.id())) {
                List<SseClient.Event> missed = resumed.until(released.id(), Duration.ofSeconds(10));
                assertThat(missed).extracting(SseClient.Event::type).containsSubsequence("item.claimed", "item.released");
                assertThat(missed).extracting(SseClient.Event::id).isSorted().allMatch(eventId -> eventId > created.id());
            }
        }
    }

    @Test
    void theFeedNeedsALogin() throws Exception {
        assertThat(SseClient.status(base, null, null)).isEqualTo(401);
    }

    private long newComment() {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String body = "{\"id\":\"" + token + "\",\"channel\":\"comment\",\"author\":{\"id\":\"e\",\"name\":\"V\"},"
                + "\"text\":\"do you take medicaid " + token + "\",\"lang\":\"en\"}";
        SignedWebhooks.generic("webform", token, body.getBytes(StandardCharsets.UTF_8)).then().statusCode(200);
        worker.drain(100);
        return as("erin-events").queryParam("q", token).get("/api/v1/items").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
    }
}
