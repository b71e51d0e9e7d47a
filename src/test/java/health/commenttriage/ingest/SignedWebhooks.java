package health.commenttriage.ingest;

import static io.restassured.RestAssured.given;

import health.commenttriage.ingest.generic.StandardWebhookSignature;
import health.commenttriage.ingest.meta.MetaSignature;
import health.commenttriage.ingest.x.XSignature;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.time.Instant;

/** Posts deliveries signed as each platform signs them, with the test profile's secrets. */
public final class SignedWebhooks {

    public static final String META_SECRET = "test-meta-app-secret";
    public static final String X_SECRET = "test-x-consumer-secret";
    public static final String GENERIC_SECRET = "whsec_dGVzdC1zdGFuZGFyZC13ZWJob29rcy1zZWNyZXQ=";

    private SignedWebhooks() {
    }

    public static Response meta(byte[] body) {
        return given().contentType("application/json").header("X-Hub-Signature-256", MetaSignature.sign(META_SECRET, body))
                .body(body).when().post("/webhooks/meta");
    }

    public static Response x(byte[] body) {
        return given().contentType("application/json")
                .header("x-twitter-webhooks-signature", XSignature.sign(X_SECRET, body))
                .body(body).when().post("/webhooks/x");
    }

    public static Response generic(String source, String id, byte[] body) {
        long now = Instant.now().getEpochSecond();
        return given().contentType("application/json").header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", StandardWebhookSignature.sign(GENERIC_SECRET, id, now, body))
                .body(body).when().post("/webhooks/generic/" + source);
    }

    /** A fixture of our own, from src/test/resources/webhooks. */
    public static byte[] fixture(String path) {
        try (InputStream in = SignedWebhooks.class.getResourceAsStream("/webhooks/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
