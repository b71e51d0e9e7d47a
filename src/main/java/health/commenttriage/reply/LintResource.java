package health.commenttriage.reply;

import health.commenttriage.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import health.commenttriage.classify.Label;
import health.commenttriage.ingest.Problem;
import health.commenttriage.practice.PracticeService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Checks a reply as staff write it (the pages call this as they type). */
@RolesAllowed(Roles.STAFF)
@Path("/api/v1/replies/lint")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LintResource {

    public record LintRequest(String text, String inboundText, String author, String lang, List<String> labels) {
    }

    public record LintResult(boolean ok, List<ReplyLinter.Violation> violations) {
    }

    private final ReplyLinter linter;
    private final PracticeService practices;

    public LintResource(ReplyLinter linter, PracticeService practices) {
        this.linter = linter;
        this.practices = practices;
    }

    @POST
    @Operation(summary = "Checks a reply: care relationship, repeated health details, clinical advice, the writer's "
            + "name, foreign links, and for an emergency the emergency number first")
    public Response lint(LintRequest request) {
        if (request == null || request.text() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "text is required");
        }
        if (request.lang() != null && !List.of("en", "es").contains(request.lang())) {
            return Problem.response(Response.Status.BAD_REQUEST, "lang must be \"en\" or \"es\"");
        }
        List<Label> labels = new ArrayList<>();
        for (String label : request.labels() == null ? List.<String>of() : request.labels()) {
            try {
                labels.add(Label.valueOf(label));
            } catch (IllegalArgumentException e) {
                return Problem.response(Response.Status.BAD_REQUEST, "labels: unknown label " + label);
            }
        }
        List<ReplyLinter.Violation> violations = linter.lint(request.text(), ReplyLinter.Context.of(
                practices.mainPractice(), request.inboundText(), request.author(), request.lang(), labels));
        return Response.ok(new LintResult(violations.isEmpty(), violations)).build();
    }
}
