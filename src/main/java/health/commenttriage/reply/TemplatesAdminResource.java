package health.commenttriage.reply;

import health.commenttriage.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import health.commenttriage.classify.Label;
import health.commenttriage.ingest.Problem;
import health.commenttriage.practice.Practice;
import io.quarkus.qute.TemplateException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A practice's own wording of the reply templates. A wording is filled with the practice's profile and
 * checked by the reply linter before it is saved; one that fails is refused with the violations.
 */
@RolesAllowed(Roles.ADMIN)
@Path("/api/v1/admin/practices/{id}/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesAdminResource {

    public record TemplateBody(String body) {
    }

    public record Override(String template, String lang, String body, String preview, OffsetDateTime updatedAt) {
    }

    public record Refusal(String title, int status, String detail, String preview, List<ReplyLinter.Violation> violations) {
    }

    private final ReplyDrafter drafter;
    private final ReplyLinter linter;

    public TemplatesAdminResource(ReplyDrafter drafter, ReplyLinter linter) {
        this.drafter = drafter;
        this.linter = linter;
    }

    @GET
    public Response list(@PathParam("id") long id) {
        Practice practice = Practice.findById(id);
        if (practice == null) {
            return Problem.response(Response.Status.NOT_FOUND, "no practice " + id);
        }
        return Response.ok(TemplateOverride.<TemplateOverride>list("practiceId = ?1 order by template, lang", id)
                .stream().map(o -> new Override(o.template, o.lang, o.body, drafter.preview(o.body, practice),
                        o.updatedAt)).toList()).build();
    }

    @PUT
    @Path("/{template}/{lang}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response save(@PathParam("id") long id, @PathParam("template") String template,
            @PathParam("lang") String lang, TemplateBody request) {
        Practice practice = Practice.findById(id);
        if (practice == null) {
            return Problem.response(Response.Status.NOT_FOUND, "no practice " + id);
        }
        if (!ReplyDrafter.TEMPLATES.contains(template)) {
            return Problem.response(Response.Status.NOT_FOUND, "no template " + template + "; templates are "
                    + ReplyDrafter.TEMPLATES);
        }
        if (!Set.of("en", "es").contains(lang)) {
            return Problem.response(Response.Status.BAD_REQUEST, "lang must be \"en\" or \"es\"");
        }
        if (request == null || request.body() == null || request.body().isBlank()) {
            return Problem.response(Response.Status.BAD_REQUEST, "body is required");
        }
        Check check = check(practice, template, lang, request.body());
        if (check.error() != null) {
            return Problem.response(Response.Status.BAD_REQUEST, check.error());
        }
        if (!check.violations().isEmpty()) {
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Refusal("Unprocessable Content", 422,
                    "the wording fails the reply linter", check.preview(), check.violations())).build();
        }
        String preview = check.preview();
        TemplateOverride own = TemplateOverride.<TemplateOverride>find("practiceId = ?1 and template = ?2 and lang = ?3",
                id, template, lang).firstResult();
        if (own == null) {
            own = new TemplateOverride();
            own.practiceId = id;
            own.template = template;
            own.lang = lang;
        }
        own.body = request.body();
        own.updatedAt = OffsetDateTime.now();
        own.persist();
        return Response.ok(new Override(template, lang, own.body, preview, own.updatedAt)).build();
    }

    /** A proposed wording filled with the practice's profile, and what the linter says of it. */
    public record Check(String preview, List<ReplyLinter.Violation> violations, String error) {
    }

    /** Checks a wording without saving it (the settings page previews as admins edit). */
    public Check check(Practice practice, String template, String lang, String body) {
        String preview;
        try {
            preview = drafter.preview(body, practice);
        } catch (TemplateException e) {
            return new Check(null, List.of(), "body is not a valid template: " + e.getMessage());
        }
        // the emergency wording opens every emergency reply, so it must give the number first
        List<Label> labels = template.equals("emergency") ? List.of(Label.EMERGENCY) : List.of();
        List<ReplyLinter.Violation> violations = new ArrayList<>(
                linter.lint(preview, ReplyLinter.Context.of(practice, null, null, lang, labels)));
        if (template.equals("crisis") && !preview.contains(practice.crisisLine)) {
            violations.add(new ReplyLinter.Violation("crisis-line", 0, preview.length(),
                    "The crisis template must give the crisis line " + practice.crisisLine + "."));
        }
        return new Check(preview, violations, null);
    }

    /** Back to the service's own wording. */
    @DELETE
    @Path("/{template}/{lang}")
    @Transactional
    public Response revert(@PathParam("id") long id, @PathParam("template") String template,
            @PathParam("lang") String lang) {
        long deleted = TemplateOverride.delete("practiceId = ?1 and template = ?2 and lang = ?3", id, template, lang);
        return deleted > 0 ? Response.noContent().build()
                : Problem.response(Response.Status.NOT_FOUND, "no own wording of " + template + "." + lang);
    }
}
