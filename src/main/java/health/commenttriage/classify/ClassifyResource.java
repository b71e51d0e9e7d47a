package health.commenttriage.classify;

import health.commenttriage.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import health.commenttriage.ingest.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The classifier over HTTP, for the staff pages' "try a message" box and for evaluations. */
@RolesAllowed(Roles.STAFF)
@Path("/api/v1/classify")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClassifyResource {

    static final int MAX_BATCH = 1000;
    private static final Set<String> CHANNELS = Set.of("comment", "dm");
    private static final Set<String> LANGUAGES = Set.of("en", "es");

    public record ClassifyRequest(String text, String channel, String lang) {
    }

    public record BatchItem(String id, String text, String channel, String lang) {
    }

    public record BatchRequest(List<BatchItem> items) {
    }

    public record BatchResult(String id, List<Label> labels, String priority, String lang, boolean selfHarm,
            List<Classification.Evidence> evidence, List<Classification.Suppressed> suppressed, String version,
            boolean truncated) {

        static BatchResult of(String id, Classification c) {
            return new BatchResult(id, c.labels(), c.priority(), c.lang(), c.selfHarm(), c.evidence(),
                    c.suppressed(), c.version(), c.truncated());
        }
    }

    public record BatchResponse(List<BatchResult> results) {
    }

    private final Classifier classifier;

    public ClassifyResource(Classifier classifier) {
        this.classifier = classifier;
    }

    @POST
    @Operation(summary = "Classifies one message: labels, priority, language, self-harm flag, evidence")
    public Response classify(ClassifyRequest request) {
        if (request == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "a JSON object with \"text\" is required");
        }
        String problem = problemWith(request.text(), request.channel(), request.lang());
        if (problem != null) {
            return Problem.response(Response.Status.BAD_REQUEST, problem);
        }
        return Response.ok(classifier.classify(request.text(), request.channel(), request.lang())).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Classifies up to 1000 messages")
    public Response batch(BatchRequest request) {
        if (request == null || request.items() == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "\"items\" is required");
        }
        if (request.items().size() > MAX_BATCH) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "at most " + MAX_BATCH + " items in one batch");
        }
        List<BatchResult> results = new ArrayList<>(request.items().size());
        for (int i = 0; i < request.items().size(); i++) {
            BatchItem item = request.items().get(i);
            if (item == null) {
                return Problem.response(Response.Status.BAD_REQUEST, "items[" + i + "] is empty");
            }
            String problem = problemWith(item.text(), item.channel(), item.lang());
            if (problem != null) {
                return Problem.response(Response.Status.BAD_REQUEST, "items[" + i + "]." + problem);
            }
            results.add(BatchResult.of(item.id(), classifier.classify(item.text(), item.channel(), item.lang())));
        }
        return Response.ok(new BatchResponse(results)).build();
    }

    private static String problemWith(String text, String channel, String lang) {
        if (text == null) {
            return "text is required";
        }
        if (channel != null && !CHANNELS.contains(channel)) {
            return "channel must be \"comment\" or \"dm\"";
        }
        if (lang != null && !LANGUAGES.contains(lang)) {
            return "lang must be \"en\" or \"es\"";
        }
        return null;
    }
}
