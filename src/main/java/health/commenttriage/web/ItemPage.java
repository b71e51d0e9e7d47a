package health.commenttriage.web;

import health.commenttriage.audit.AuditEvent;
import health.commenttriage.audit.AuditTrail;
import health.commenttriage.ingest.ProblemException;
import health.commenttriage.message.Message;
import health.commenttriage.message.MessageStore;
import health.commenttriage.queue.ItemNote;
import health.commenttriage.queue.ItemWorkflow;
import health.commenttriage.queue.TriageItem;
import health.commenttriage.reply.DraftStore;
import health.commenttriage.reply.ReplyLinter;
import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One item in a browser: the messages with their evidence highlighted, the drafts in editors that are
 * linted as staff type, and the actions. Opening it claims it; someone else's claim makes it read-only.
 * Actions answer with an htmx redirect or refresh; a refusal comes back as problem details, which the
 * page shows.
 */
@Path("/items/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.STAFF)
public class ItemPage {

    public record MessageView(Message message, List<Highlights.Piece> pieces, List<Highlights.Span> suppressed) {
    }

    public record DraftView(int index, String kind, String lang, String text) {

        public String kindText() {
            return switch (kind) {
                case "PUBLIC_REPLY" -> "Public reply";
                case "PRIVATE_REPLY" -> "Private follow-up";
                default -> "Reply";
            };
        }
    }

    public record Violation(String rule, String message, String text) {
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance item(TriageItem item, List<MessageView> messages, List<DraftView> drafts,
                List<ItemNote> notes, List<AuditEvent> history, String claimedByOther, boolean readOnly,
                String hideReason, String permalink);

        static native TemplateInstance lint(List<Violation> violations, List<Highlights.Piece> preview);
    }

    private final ItemWorkflow workflow;
    private final MessageStore messages;
    private final DraftStore drafts;
    private final AuditTrail audit;
    private final StaffMember member;

    public ItemPage(ItemWorkflow workflow, MessageStore messages, DraftStore drafts, AuditTrail audit,
            StaffMember member) {
        this.workflow = workflow;
        this.messages = messages;
        this.drafts = drafts;
        this.audit = audit;
        this.member = member;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@PathParam("id") long id) {
        try {
            workflow.claim(id, member);
        } catch (ProblemException e) {
            if (e.status() != 409) { // 409: someone else holds it, or it is closed; the page says which
                throw e;
            }
        }
        TriageItem item = workflow.view(id, member);
        String claimedByOther = null;
        if (item.claimedBy != null && !item.claimedBy.equals(member.name())) {
            claimedByOther = item.claimedBy;
        }
        boolean readOnly = claimedByOther != null || !item.status.isOpen();
        List<MessageView> views = new ArrayList<>();
        String permalink = null;
        for (Message m : messages.ofItem(id)) {
            List<Highlights.Span> spans = Highlights.spans(m.classification);
            views.add(new MessageView(m, Highlights.pieces(m.text, spans),
                    spans.stream().filter(s -> s.rule() == null).toList()));
            if (m.permalink != null) {
                permalink = m.permalink;
            }
        }
        List<DraftView> draftViews = new ArrayList<>();
        drafts.draftsOf(id).forEach(d -> draftViews.add(new DraftView(draftViews.size(), d.kind.name(), d.lang,
                d.text == null ? "" : d.text)));
        return Templates.item(item, views, draftViews, ItemNote.list("triageItemId = ?1 order by id", id),
                audit.ofItem(id), claimedByOther, readOnly, hideReason(item), permalink);
    }

    /** The linter's verdict on the text being typed, with the offending words marked. */
    @POST
    @Path("lint")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance lint(@PathParam("id") long id, @FormParam("text") String text) {
        String reply = text == null ? "" : text;
        List<ReplyLinter.Violation> found = workflow.lintReply(id, reply, member);
        List<Highlights.Span> spans = found.stream().filter(v -> v.end() > v.start())
                .map(v -> new Highlights.Span("LINT", v.start(), v.end(), v.rule(), null)).toList();
        List<Violation> violations = found.stream().map(v -> new Violation(v.rule(), v.message(),
                v.end() > v.start() && v.end() <= reply.length() ? reply.substring(v.start(), v.end()) : "")).toList();
        return Templates.lint(violations, violations.isEmpty() ? List.of() : Highlights.pieces(reply, spans));
    }

    @POST
    @Path("claim")
    @Operation(hidden = true)
    public Response claim(@PathParam("id") long id) {
        workflow.claim(id, member);
        return refresh();
    }

    @POST
    @Path("release")
    @Operation(hidden = true)
    public Response release(@PathParam("id") long id) {
        workflow.release(id, member);
        return backToQueue();
    }

    @POST
    @Path("sent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response sent(@PathParam("id") long id, @FormParam("text") String text,
            @FormParam("platformUrl") String platformUrl, @FormParam("version") Long version,
            @FormParam("override") boolean override, @FormParam("overrideReason") String overrideReason) {
        workflow.sent(id, text, platformUrl, version, override, overrideReason, member);
        return backToQueue();
    }

    @POST
    @Path("dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response dismiss(@PathParam("id") long id, @FormParam("reason") String reason,
            @FormParam("version") Long version) {
        workflow.dismiss(id, reason, version, member);
        return backToQueue();
    }

    @POST
    @Path("escalate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response escalate(@PathParam("id") long id, @FormParam("reason") String reason,
            @FormParam("version") Long version) {
        workflow.escalate(id, reason, version, member);
        return refresh();
    }

    @PUT
    @Path("labels")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response relabel(@PathParam("id") long id, @FormParam("labels") List<String> labels,
            @FormParam("version") Long version) {
        workflow.relabel(id, labels, version, member);
        return refresh();
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response note(@PathParam("id") long id, @FormParam("text") String text) {
        workflow.note(id, text, member);
        return refresh();
    }

    private static String hideReason(TriageItem item) {
        if (!item.recommendHide) {
            return null;
        }
        if (item.labels.contains("SPAM")) {
            return "it looks like spam";
        }
        return "it shares health details in public; answer privately and hide the comment";
    }

    private static Response refresh() {
        return Response.noContent().header("HX-Refresh", "true").build();
    }

    private static Response backToQueue() {
        return Response.noContent().header("HX-Redirect", "/").build();
    }
}
