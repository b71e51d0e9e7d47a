package health.commenttriage.ingest.x;

import jakarta.annotation.security.PermitAll;
import health.commenttriage.ingest.Hmac;
import health.commenttriage.ingest.Problem;
import health.commenttriage.ingest.WebhookHeaders;
import health.commenttriage.ingest.WebhookIntake;
import health.commenttriage.ingest.WebhookSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** X webhooks: Account Activity API and X Activity API deliveries, and the CRC check. */
// platforms sign their deliveries instead of logging in
@PermitAll
@Path("/webhooks/x")
public class XWebhookResource {

    static final String PLATFORM = "x";
    static final String SIGNATURE_HEADER = "x-twitter-webhooks-signature";

    private final WebhookIntake intake;
    private final WebhookSettings.X settings;

    public XWebhookResource(WebhookIntake intake, WebhookSettings settings) {
        this.intake = intake;
        this.settings = settings.x();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "X's CRC check: answers response_token = sha256=base64(HMAC-SHA256(consumer secret, crc_token))")
    public Response crc(@QueryParam("crc_token") String crcToken) {
        if (crcToken == null || crcToken.isBlank()) {
            return Problem.response(Response.Status.BAD_REQUEST, "crc_token is required");
        }
        String secret = settings.consumerSecret().filter(s -> !s.isBlank()).orElse(null);
        if (secret == null) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "this service has no X consumer secret yet (TRIAGE_X_CONSUMER_SECRET)");
        }
        return Response.ok(Map.of("response_token", XSignature.crcResponse(secret, crcToken))).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receives a signed X delivery and stores it")
    public Response receive(byte[] body, @Context HttpHeaders headers) {
        List<String> secrets = Hmac.secrets(settings.consumerSecret(), settings.consumerSecretPrevious());
        // Account Activity deliveries carry no id of their own; events are deduplicated by their ids later
        return intake.receiveSignedJson(PLATFORM, body,
                raw -> XSignature.check(headers.getHeaderString(SIGNATURE_HEADER), raw, secrets),
                WebhookHeaders.keep(headers, SIGNATURE_HEADER));
    }
}
