package health.commenttriage.ingest.generic;

import jakarta.annotation.security.PermitAll;
import health.commenttriage.ingest.Hmac;
import health.commenttriage.ingest.MalformedDeliveryException;
import health.commenttriage.ingest.Problem;
import health.commenttriage.ingest.SignatureCheck;
import health.commenttriage.ingest.WebhookHeaders;
import health.commenttriage.ingest.WebhookIntake;
import health.commenttriage.ingest.WebhookSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Web forms, review tools and anything else, signed with the Standard Webhooks scheme. */
// platforms sign their deliveries instead of logging in
@PermitAll
@Path("/webhooks/generic/{source}")
public class GenericWebhookResource {

    static final String PLATFORM = GenericDeliveryParser.PLATFORM;
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final WebhookIntake intake;
    private final GenericDeliveryParser parser;
    private final WebhookSettings.Generic settings;
    private final Clock clock;

    public GenericWebhookResource(WebhookIntake intake, GenericDeliveryParser parser, WebhookSettings settings,
            Clock clock) {
        this.intake = intake;
        this.parser = parser;
        this.settings = settings.generic();
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receives a generic delivery signed with the Standard Webhooks scheme")
    public Response receive(@PathParam("source") String source, byte[] body, @Context HttpHeaders headers) {
        byte[] raw = body == null ? new byte[0] : body;
        if (intake.tooLarge(raw.length)) {
            return intake.tooLargeResponse(PLATFORM);
        }
        if (!SOURCE.matcher(source).matches()) {
            return Problem.response(Response.Status.NOT_FOUND,
                    "a source name has letters, digits, '.', '_' or '-' (at most 64)");
        }
        String id = headers.getHeaderString("webhook-id");
        SignatureCheck check = StandardWebhookSignature.check(id, headers.getHeaderString("webhook-timestamp"),
                headers.getHeaderString("webhook-signature"), raw,
                Hmac.secrets(settings.secret(), settings.secretPrevious()), clock.instant());
        if (!check.isValid()) {
            return intake.badSignature(PLATFORM, check);
        }
        try {
            String problem = GenericDeliveryParser.problemWith(parser.read(raw));
            if (problem != null) {
                return intake.badRequest(PLATFORM, problem);
            }
        } catch (MalformedDeliveryException e) {
            return intake.badRequest(PLATFORM, e.getMessage());
        }
        return intake.store(PLATFORM, source + ":" + id.trim(), source,
                WebhookHeaders.keep(headers, "webhook-id", "webhook-timestamp", "webhook-signature"), raw);
    }

}
