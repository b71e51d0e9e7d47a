package health.commenttriage.reply;

import health.commenttriage.message.Message;
import health.commenttriage.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import health.commenttriage.classify.Classification;
import health.commenttriage.classify.Classifier;
import health.commenttriage.ingest.Problem;
import health.commenttriage.practice.PracticeService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A stateless preview of what the service would draft for a message ("try a message", evaluations). */
@RolesAllowed(Roles.STAFF)
@Path("/api/v1/drafts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DraftsResource {


    public record DraftRequest(String text, String channel, String platform, String lang) {
    }

    public record DraftResponse(Classification classification, List<Draft> drafts, boolean recommendHide,
            boolean noReply) {
    }

    private final Classifier classifier;
    private final ReplyDrafter drafter;
    private final PracticeService practices;

    public DraftsResource(Classifier classifier, ReplyDrafter drafter, PracticeService practices) {
        this.classifier = classifier;
        this.drafter = drafter;
        this.practices = practices;
    }

    @POST
    @Operation(summary = "Classifies a message and drafts the replies, without storing anything")
    public Response preview(DraftRequest request) {
        if (request == null || request.text() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "text is required");
        }
        if (request.channel() != null && !Set.of("comment", "dm").contains(request.channel())) {
            return Problem.response(Response.Status.BAD_REQUEST, "channel must be \"comment\" or \"dm\"");
        }
        if (request.platform() != null && !Message.PLATFORMS.contains(request.platform())) {
            return Problem.response(Response.Status.BAD_REQUEST, "platform must be one of " + Message.PLATFORMS);
        }
        if (request.lang() != null && !Set.of("en", "es").contains(request.lang())) {
            return Problem.response(Response.Status.BAD_REQUEST, "lang must be \"en\" or \"es\"");
        }
        String channel = request.channel() == null ? "comment" : request.channel();
        Classification classification = classifier.classify(request.text(), channel, request.lang());
        Drafts drafts = drafter.draft(classification, request.text(), channel, request.platform(),
                practices.mainPractice());
        return Response.ok(new DraftResponse(classification, drafts.drafts(), drafts.recommendHide(),
                drafts.noReply())).build();
    }
}
