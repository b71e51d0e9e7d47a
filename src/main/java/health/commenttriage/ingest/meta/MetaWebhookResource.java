package health.commenttriage.ingest.meta;

import jakarta.annotation.security.PermitAll;
import health.commenttriage.ingest.Hmac;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Meta webhooks: Facebook Page feed, Messenger, Instagram comments and messaging. */
// platforms sign their deliveries instead of logging in
@PermitAll
@Path("/webhooks/meta")
public class MetaWebhookResource {

    static final String PLATFORM = "meta";
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final WebhookIntake intake;
    private final WebhookSettings.Meta settings;

    public MetaWebhookResource(WebhookIntake intake, WebhookSettings settings) {
        this.intake = intake;
        this.settings = settings.meta();
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Meta's verification handshake: echoes hub.challenge when hub.verify_token matches")
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        String expected = settings.verifyToken().filter(t -> !t.isBlank()).orElse(null);
        boolean matches = expected != null && token != null && Hmac.constantTimeEquals(
                expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !matches || challenge == null) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN)
                    .entity("verification refused").build();
        }
        return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receives a signed Meta delivery (object page or instagram) and stores it")
    public Response receive(byte[] body, @Context HttpHeaders headers) {
        List<String> secrets = Hmac.secrets(settings.appSecret(), settings.appSecretPrevious());
        return intake.receiveSignedJson(PLATFORM, body,
                raw -> MetaSignature.check(headers.getHeaderString(SIGNATURE_HEADER), raw, secrets),
                WebhookHeaders.keep(headers, SIGNATURE_HEADER, "User-Agent"));
    }
}
