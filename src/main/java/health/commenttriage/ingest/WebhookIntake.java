package health.commenttriage.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The ack path shared by every webhook: size, signature and shape checks, then the delivery is stored
 * and committed before the 200. Nothing else happens inline.
 */
@ApplicationScoped
public class WebhookIntake {

    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Inbox inbox;
    private final MeterRegistry metrics;
    private final int maxBytes;

    public WebhookIntake(Inbox inbox, MeterRegistry metrics, WebhookSettings settings) {
        this.inbox = inbox;
        this.metrics = metrics;
        this.maxBytes = settings.maxBytes();
    }

    public boolean tooLarge(long length) {
        return length > maxBytes;
    }

    public Response tooLargeResponse(String platform) {
        count(platform, "too_large");
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "the body is larger than " + maxBytes + " bytes");
    }

    public Response badSignature(String platform, SignatureCheck check) {
        count(platform, "bad_signature");
        LOG.warnf("Webhook from %s refused: signature %s", platform, check);
        String detail = check == SignatureCheck.NOT_CONFIGURED
                ? "this service has no secret for " + platform + " webhooks yet"
                : "signature " + check.name().toLowerCase().replace('_', ' ');
        return Problem.response(Response.Status.UNAUTHORIZED, detail);
    }

    public Response badRequest(String platform, String detail) {
        count(platform, "bad_request");
        return Problem.response(Response.Status.BAD_REQUEST, detail);
    }

    /**
     * The ack path of platforms that sign the raw body and give no delivery id (Meta, X): size, signature,
     * JSON shape, then the delivery is stored keyed by a hash of its body (same body, same delivery).
     */
    public Response receiveSignedJson(String platform, byte[] body, Function<byte[], SignatureCheck> signature,
            Map<String, String> headers) {
        byte[] raw = body == null ? new byte[0] : body;
        if (tooLarge(raw.length)) {
            return tooLargeResponse(platform);
        }
        SignatureCheck check = signature.apply(raw);
        if (!check.isValid()) {
            return badSignature(platform, check);
        }
        if (!isJsonObject(raw)) {
            return badRequest(platform, "the body is not a JSON object");
        }
        return store(platform, "sha256:" + Hmac.bodyHash(raw), null, headers, raw);
    }

    /** Stores a verified delivery; 200 only once it is committed, 503 when the database cannot take it. */
    public Response store(String platform, String deliveryId, String source, Map<String, String> headers,
            byte[] body) {
        Inbox.Outcome outcome;
        try {
            outcome = inbox.accept(platform, deliveryId, source, headers, body);
        } catch (RuntimeException e) {
            count(platform, "unavailable");
            LOG.warnf("Webhook from %s could not be stored, answered 503: %s", platform,
                    e.getClass().getSimpleName());
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "try again shortly");
        }
        count(platform, outcome == Inbox.Outcome.ACCEPTED ? "accepted" : "duplicate");
        return Response.ok().build();
    }

    /** True when the body is one well-formed JSON object; nothing is kept from it. */
    public static boolean isJsonObject(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private void count(String platform, String result) {
        metrics.counter("triage.webhook.deliveries", "platform", platform, "result", result).increment();
    }
}
