package health.commenttriage.ingest;

import static health.commenttriage.user.StaffLogins.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import health.commenttriage.message.Message;
import health.commenttriage.practice.Practice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What admins see and do about deliveries that could not be processed. */
@QuarkusTest
class AdminDeliveriesTest {

    @Inject
    InboxWorker worker;

    @Test
    void aDeliveryForAnUnknownAccountWaitsUntilTheAccountIsRouted() {
        String source = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] body = ("{\"id\":\"k1\",\"channel\":\"comment\",\"author\":{\"id\":\"v1\"},\"text\":\"hello\"}")
                .getBytes(StandardCharsets.UTF_8);
        SignedWebhooks.generic(source, "k1", body).then().statusCode(200);
        worker.drain(100);
        asAdmin().queryParam("status", "UNROUTED").when().get("/api/v1/admin/deliveries").then().statusCode(200)
                .body("source", hasItem(source))
                .body("reason", hasItem(containsString("generic:" + source)));
        assertThat(messages(source)).isZero();

        long practice = QuarkusTransaction.requiringNew().call(() -> Practice.<Practice>find("slug", "main")
                .singleResult().id);
        asAdmin().contentType("application/json")
                .body(Map.of("practiceId", practice, "platform", "generic", "accountId", source))
                .when().post("/api/v1/admin/channel-accounts").then().statusCode(201);
        worker.drain(100);
        assertThat(messages(source)).isEqualTo(1);
        asAdmin().when().get("/api/v1/admin/channel-accounts").then().statusCode(200)
                .body("accountId", hasItem(source));
    }

    @Test
    void anAccountCanBeMovedRenamedAndRemoved() {
        long practice = QuarkusTransaction.requiringNew().call(() -> Practice.<Practice>find("slug", "main")
                .singleResult().id);
        String source = "move-" + UUID.randomUUID().toString().substring(0, 8);
        int id = asAdmin().contentType("application/json")
                .body(Map.of("practiceId", practice, "platform", "generic", "accountId", source))
                .when().post("/api/v1/admin/channel-accounts").then().statusCode(201).extract().path("id");
        asAdmin().contentType("application/json").body(Map.of("practiceId", practice, "displayName", "Front desk form"))
                .when().put("/api/v1/admin/channel-accounts/" + id).then().statusCode(200)
                .body("displayName", org.hamcrest.Matchers.equalTo("Front desk form"));
        asAdmin().contentType("application/json").body(Map.of("practiceId", practice))
                .when().put("/api/v1/admin/channel-accounts/987654321").then().statusCode(404);
        asAdmin().when().delete("/api/v1/admin/channel-accounts/" + id).then().statusCode(204);
        asAdmin().when().delete("/api/v1/admin/channel-accounts/" + id).then().statusCode(404);
    }

    @Test
    void aSignedButUnreadableDeliveryIsListedAsFailedWithItsReason() {
        // well-formed JSON, correctly signed, but not a Meta notification
        byte[] body = ("{\"object\":\"user\",\"n\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
        SignedWebhooks.meta(body).then().statusCode(200);
        worker.drain(100);
        asAdmin().queryParam("status", "FAILED").when().get("/api/v1/admin/deliveries").then().statusCode(200)
                .body("deliveryId", hasItem("sha256:" + Hmac.bodyHash(body)))
                .body("reason", hasItem(containsString("object must be")));
    }

    @Test
    void badParametersAre400() {
        asAdmin().queryParam("status", "LOST").when().get("/api/v1/admin/deliveries").then().statusCode(400)
                .body("detail", containsString("status"));
        asAdmin().contentType("application/json").body(Map.of("platform", "myspace", "accountId", "1", "practiceId", 1))
                .when().post("/api/v1/admin/channel-accounts").then().statusCode(400)
                .body("detail", containsString("platform"));
        asAdmin().contentType("application/json").body(Map.of("platform", "x", "accountId", "1", "practiceId", 999999))
                .when().post("/api/v1/admin/channel-accounts").then().statusCode(400);
    }

    @Test
    void anAccountOfAnotherPracticeIsAConflict() {
        long other = QuarkusTransaction.requiringNew().call(() -> {
            Practice p = new Practice();
            p.slug = "other-" + UUID.randomUUID();
            p.name = "Another practice";
            p.persist();
            return p.id;
        });
        // facebook:555000111 belongs to the main practice in the test profile
        asAdmin().contentType("application/json").body(Map.of("platform", "facebook", "accountId", "555000111",
                "practiceId", other)).when().post("/api/v1/admin/channel-accounts").then().statusCode(409);
    }

    private static long messages(String source) {
        return QuarkusTransaction.requiringNew().call(() -> Message.count("platformMessageId like ?1", source + ":%"));
    }
}
