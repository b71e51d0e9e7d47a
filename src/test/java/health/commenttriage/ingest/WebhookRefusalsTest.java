package health.commenttriage.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import health.commenttriage.database.EmbeddedPostgresResource;
import health.commenttriage.ingest.generic.StandardWebhookSignature;
import health.commenttriage.ingest.meta.MetaSignature;
import health.commenttriage.ingest.x.XSignature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Handshakes, and every way a delivery is refused: the answer is clear and nothing is stored. */
@QuarkusTest
class WebhookRefusalsTest {

    private static byte[] uniqueMetaBody() {
        return ("{\"object\":\"page\",\"entry\":[{\"id\":\"555000111\",\"time\":1,\"changes\":[],\"n\":\""
                + UUID.randomUUID() + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void metaVerificationEchoesTheChallengeOnlyForTheRightToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1158201444").when().get("/webhooks/meta")
                .then().statusCode(200).contentType(containsString("text/plain")).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "wrong")
                .queryParam("hub.challenge", "1158201444").when().get("/webhooks/meta").then().statusCode(403);
        given().queryParam("hub.mode", "unsubscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1").when().get("/webhooks/meta").then().statusCode(403);
        given().when().get("/webhooks/meta").then().statusCode(403);
    }

    @Test
    void xCrcAnswersWithTheHmacOfTheToken() {
        given().queryParam("crc_token", "test-crc-token").when().get("/webhooks/x").then().statusCode(200)
                .body("response_token", equalTo("sha256=UdCfzIRLKCkrwsGLwmK+UfoF9TQjPvWUBHDrRrnVEDY="));
        given().when().get("/webhooks/x").then().statusCode(400).contentType(containsString("problem+json"));
    }

    @Test
    void badMissingAndWrongAlgorithmSignaturesAre401AndStoreNothing() {
        long before = deliveries();
        byte[] body = uniqueMetaBody();
        given().body(body).when().post("/webhooks/meta").then().statusCode(401);
        given().header("X-Hub-Signature-256", MetaSignature.sign("not-the-secret", body)).body(body)
                .when().post("/webhooks/meta").then().statusCode(401).body("detail", containsString("mismatch"));
        given().header("X-Hub-Signature-256", "sha1=0123456789abcdef").body(body)
                .when().post("/webhooks/meta").then().statusCode(401);
        given().header("x-twitter-webhooks-signature", MetaSignature.sign(SignedWebhooks.X_SECRET, body)).body(body)
                .when().post("/webhooks/x").then().statusCode(401);
        given().header("x-twitter-webhooks-signature", XSignature.sign("nope", body)).body(body)
                .when().post("/webhooks/x").then().statusCode(401);
        assertThat(deliveries()).isEqualTo(before);
    }

    @Test
    void theSecretBeforeARotationStillWorks() {
        byte[] body = uniqueMetaBody();
        given().header("X-Hub-Signature-256", MetaSignature.sign("test-meta-app-secret-before-rotation", body))
                .body(body).when().post("/webhooks/meta").then().statusCode(200);
    }

    @Test
    void staleAndUnsignedGenericDeliveriesAre401() {
        long before = deliveries();
        byte[] body = "{\"id\":\"s1\",\"channel\":\"comment\",\"author\":{\"id\":\"a\"},\"text\":\"hi\"}".getBytes();
        long stale = Instant.now().getEpochSecond() - 600;
        given().header("webhook-id", "stale-1").header("webhook-timestamp", Long.toString(stale))
                .header("webhook-signature", StandardWebhookSignature.sign(SignedWebhooks.GENERIC_SECRET, "stale-1", stale, body))
                .body(body).when().post("/webhooks/generic/webform").then().statusCode(401)
                .body("detail", containsString("stale"));
        given().body(body).when().post("/webhooks/generic/webform").then().statusCode(401);
        assertThat(deliveries()).isEqualTo(before);
    }

    @Test
    void theSharedStandardWebhooksVectorIsRefusedOverHttpBecauseItsTimestampIsOld() {
        // the vector was signed at 1700000000 (2023): replay protection must refuse it today
        byte[] body = "{}".getBytes();
        given().header("webhook-id", "msg_test_1").header("webhook-timestamp", "1700000000")
                .header("webhook-signature", "v1,mUA2fTi4E565tRnYdr1pLfp7/aGVAaafyFCBdikpbcU=")
                .body(body).when().post("/webhooks/generic/webform").then().statusCode(401);
    }

    @Test
    void oversizedBodiesAre413() {
        long before = deliveries();
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        given().header("X-Hub-Signature-256", MetaSignature.sign(SignedWebhooks.META_SECRET, big)).body(big)
                .when().post("/webhooks/meta").then().statusCode(413);
        given().body(big).when().post("/webhooks/x").then().statusCode(413);
        given().body(big).when().post("/webhooks/generic/webform").then().statusCode(413);
        assertThat(deliveries()).isEqualTo(before);
    }

    @Test
    void malformedJsonIs400AndStoresNothing() {
        long before = deliveries();
        SignedWebhooks.meta("{\"object\":\"page\",".getBytes()).then().statusCode(400)
                .contentType(containsString("problem+json"));
        SignedWebhooks.x("[1,2,3]".getBytes()).then().statusCode(400);
        SignedWebhooks.generic("webform", "bad-json-1", "not json".getBytes()).then().statusCode(400);
        assertThat(deliveries()).isEqualTo(before);
    }

    @Test
    void aGenericSchemaErrorNamesTheField() {
        SignedWebhooks.generic("webform", "schema-1",
                "{\"id\":\"x1\",\"channel\":\"sms\",\"author\":{\"id\":\"a\"},\"text\":\"t\"}".getBytes())
                .then().statusCode(400).body("detail", containsString("channel"));
        SignedWebhooks.generic("webform", "schema-2",
                "{\"id\":\"x2\",\"channel\":\"dm\",\"text\":\"t\"}".getBytes())
                .then().statusCode(400).body("detail", containsString("author.id"));
        SignedWebhooks.generic("webform", "schema-3",
                "{\"id\":\"x3\",\"channel\":\"dm\",\"author\":\"someone\",\"text\":\"t\"}".getBytes())
                .then().statusCode(400).body("detail", containsString("author"));
        SignedWebhooks.generic("webform", "schema-4",
                "{\"id\":\"x4\",\"channel\":\"dm\",\"author\":{\"id\":\"a\"},\"text\":\"t\",\"createdAt\":\"monday\"}".getBytes())
                .then().statusCode(400).body("detail", containsString("createdAt"));
        SignedWebhooks.generic("bad source!", "schema-5", "{}".getBytes()).then().statusCode(404);
    }

    @Test
    void whenTheDatabaseIsDownTheAnswerIsAQuick503() {
        byte[] body = uniqueMetaBody();
        EmbeddedPostgresResource.stopDatabase();
        try {
            long started = System.nanoTime();
            SignedWebhooks.meta(body).then().statusCode(503).time(lessThan(10_000L));
            assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
        } finally {
            EmbeddedPostgresResource.restartDatabase();
        }
        // the platform's retry then succeeds
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> SignedWebhooks.meta(body).statusCode() == 200);
    }

    private static long deliveries() {
        return QuarkusTransaction.requiringNew().call(() -> InboundEvent.count());
    }
}
