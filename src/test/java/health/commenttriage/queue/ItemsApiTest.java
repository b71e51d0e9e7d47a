package health.commenttriage.queue;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import health.commenttriage.ingest.InboxWorker;
import health.commenttriage.ingest.SignedWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue as staff read it: order, filters, search, pages, and one item in full. */
@QuarkusTest
class ItemsApiTest {

    @Inject
    InboxWorker worker;

    private String token;

    @BeforeEach
    void sevenMessagesWithAUniqueWord() {
        token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String[] texts = {
                "what time do you open saturday " + token,
                "my dad collapsed and is not breathing " + token,
                "thank you all so much, wonderful nurses " + token,
                "the wait was three hours, terrible service " + token,
                "can you refill my lisinopril please " + token,
                "do you take medicaid " + token,
                "i have a rash, is it serious? " + token};
        for (int i = 0; i < texts.length; i++) {
            String body = "{\"id\":\"" + token + i + "\",\"channel\":\"comment\",\"author\":{\"id\":\"v" + i
                    + "\",\"name\":\"Visitor\"},\"text\":\"" + texts[i] + "\",\"lang\":\"en\"}";
            SignedWebhooks.generic("webform", token + "-" + i, body.getBytes(StandardCharsets.UTF_8)).then()
                    .statusCode(200);
        }
        worker.drain(100);
    }

    @Test
    void theQueueIsInPriorityOrderAndPagesWithoutGapsOrRepeats() {
        List<Integer> ids = new ArrayList<>();
        List<String> priorities = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = asAdmin().queryParam("q", token).queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).when().get("/api/v1/items");
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("id", Integer.class));
            priorities.addAll(page.jsonPath().getList("priority", String.class));
            cursor = page.getHeader("X-Next-Cursor");
            if (cursor != null) {
                assertThat(page.getHeader("Link")).contains("rel=\"next\"").contains("cursor=");
            }
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(ids).hasSize(7).doesNotHaveDuplicates();
        assertThat(priorities).isSorted().first().isEqualTo("P1");
    }

    @Test
    void filtersNarrowTheQueue() {
        asAdmin().queryParam("q", token).queryParam("priority", "P1").when().get("/api/v1/items").then()
                .statusCode(200).body("$", hasSize(1)).body("[0].labels", hasItem("EMERGENCY"))
                .body("[0].excerpt", containsString("collapsed"));
        asAdmin().queryParam("q", token).queryParam("label", "PRESCRIPTION").when().get("/api/v1/items").then()
                .statusCode(200).body("labels", everyItem(hasItem("PRESCRIPTION")));
        asAdmin().queryParam("q", token).queryParam("channel", "dm").when().get("/api/v1/items").then()
                .statusCode(200).body("$", hasSize(0));
        asAdmin().queryParam("q", token).queryParam("status", "SENT").when().get("/api/v1/items").then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void oneItemInFullHasItsMessageEvidenceDraftsAndHistory() {
        int id = asAdmin().queryParam("q", token).queryParam("priority", "P1").when().get("/api/v1/items")
                .then().extract().path("[0].id");
        asAdmin().when().get("/api/v1/items/" + id).then().statusCode(200)
                .body("priority", equalTo("P1"))
                .body("messages[0].text", containsString("collapsed"))
                .body("messages[0].classification.evidence.label", hasItem("EMERGENCY"))
                .body("drafts[0].text", containsString("911"))
                .body("history.action", hasItem("item.created"))
                .body("version", notNullValue());
        asAdmin().when().get("/api/v1/items/987654321").then().statusCode(404);
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        for (String[] bad : new String[][] {{"priority", "P9"}, {"label", "URGENT"}, {"status", "LOST"},
                {"platform", "myspace"}, {"channel", "sms"}, {"limit", "0"}, {"cursor", "not-a-cursor"}}) {
            asAdmin().queryParam(bad[0], bad[1]).when().get("/api/v1/items").then().statusCode(400)
                    .body("detail", containsString(bad[0]));
        }
    }

    @Test
    void pagingStaysStableWhileNewItemsArrive() {
        Response first = asAdmin().queryParam("q", token).queryParam("limit", 3).when().get("/api/v1/items");
        List<Integer> seen = new ArrayList<>(first.jsonPath().getList("id", Integer.class));
        String cursor = first.getHeader("X-Next-Cursor");
        assertThat(cursor).isNotNull();
        // arrivals while the user reads page one: an emergency (before the cursor) and praise (after it)
        for (String text : new String[] {"my mom is not breathing " + token, "you are all wonderful, thanks " + token}) {
            String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"channel\":\"comment\",\"author\":{\"id\":\"late\","
                    + "\"name\":\"Visitor\"},\"text\":\"" + text + "\",\"lang\":\"en\"}";
            SignedWebhooks.generic("webform", UUID.randomUUID().toString(), body.getBytes(StandardCharsets.UTF_8))
                    .then().statusCode(200);
        }
        worker.drain(100);
        while (cursor != null) {
            Response page = asAdmin().queryParam("q", token).queryParam("limit", 3).queryParam("cursor", cursor)
                    .when().get("/api/v1/items");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("id", Integer.class));
            cursor = page.getHeader("X-Next-Cursor");
        }
        List<String> excerpts = asAdmin().queryParam("q", token).queryParam("limit", 50).when().get("/api/v1/items")
                .jsonPath().getList("excerpt", String.class);
        assertThat(excerpts).hasSize(9);
        assertThat(seen).as("no repeats and none of the first seven lost").doesNotHaveDuplicates().hasSize(8);
    }
}
