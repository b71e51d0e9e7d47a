package health.commenttriage.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.commenttriage.audit.AuditTrail;
import health.commenttriage.ingest.ProblemException;
import health.commenttriage.message.Message;
import health.commenttriage.message.MessageStore;
import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Staff corrections as JSONL in the development set's schema (id, platform, channel, lang, text,
 * labels), so that the classifier's evaluation command reads them as they are.
 */
@Path("/api/v1/feedback/export")
@RolesAllowed(Roles.SUPERVISOR)
public class FeedbackResource {

    public static final String JSONL = "application/x-ndjson";

    /** One line of the development set's schema. */
    public record Example(String id, String platform, String channel, String lang, String text, List<String> labels) {
    }

    private final MessageStore messages;
    private final AuditTrail audit;
    private final StaffMember member;
    private final ObjectMapper json;

    public FeedbackResource(MessageStore messages, AuditTrail audit, StaffMember member, ObjectMapper json) {
        this.messages = messages;
        this.audit = audit;
        this.member = member;
        this.json = json;
    }

    @GET
    @Produces(JSONL)
    @Transactional
    @Operation(summary = "Relabelled items as JSONL (the latest labels of each), optionally since a time")
    @APIResponse(responseCode = "200", description = "one JSON object per line")
    @APIResponse(responseCode = "400", description = "since is not an ISO-8601 date-time")
    public Response export(@QueryParam("since") String since) {
        OffsetDateTime from = parse(since);
        // the latest correction of each item: earlier ones were corrected again
        List<LabelFeedback> latest = LabelFeedback.getEntityManager().createNativeQuery("""
                SELECT DISTINCT ON (triage_item_id) * FROM label_feedback
                 WHERE created_at >= :from ORDER BY triage_item_id, id DESC""", LabelFeedback.class)
                .setParameter("from", from).getResultList();
        StringBuilder out = new StringBuilder();
        int exported = 0;
        for (LabelFeedback feedback : latest) {
            TriageItem item = TriageItem.findById(feedback.triageItemId);
            if (!member.maySee(item.practiceId)) {
                continue;
            }
            List<Message> texts = messages.ofItem(item.id).stream()
                    .filter(m -> m.text != null && !Message.DELETED.equals(m.state)).toList();
            if (texts.isEmpty()) {
                continue; // withdrawn or purged: nothing left to learn from
            }
            String text = String.join("\n", texts.stream().map(m -> m.text).toList());
            String lang = texts.get(texts.size() - 1).lang;
            out.append(line(new Example("feedback-" + feedback.id, texts.get(0).platform, item.channel,
                    lang == null ? "en" : lang, text, feedback.labelsAfter))).append('\n');
            exported++;
        }
        audit.record(member.name(), "feedback.exported", null, null, Map.of("items", exported));
        return Response.ok(out.toString(), JSONL)
                .header("Content-Disposition", "attachment; filename=\"feedback.jsonl\"").build();
    }

    private String line(Example example) {
        try {
            return json.writeValueAsString(example);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feedback example cannot be written as JSON", e);
        }
    }

    private static OffsetDateTime parse(String since) {
        if (since == null || since.isBlank()) {
            return OffsetDateTime.parse("1970-01-01T00:00:00Z");
        }
        try {
            return OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "since must be an ISO-8601 date-time, e.g. 2026-01-31T00:00:00Z");
        }
    }
}
