package health.commenttriage.ingest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a webhook whose declared length is over the limit before its body is read. */
public class WebhookSizeFilter {

    private final WebhookIntake intake;

    public WebhookSizeFilter(WebhookIntake intake) {
        this.intake = intake;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOversized(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/webhooks/") || request.getLength() < 0) {
            return Optional.empty();
        }
        if (intake.tooLarge(request.getLength())) {
            String platform = path.substring("/webhooks/".length()).split("/", 2)[0];
            return Optional.of(intake.tooLargeResponse(platform));
        }
        return Optional.empty();
    }
}
