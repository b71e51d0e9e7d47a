package health.commenttriage.queue;

import health.commenttriage.audit.AuditTrail;
import health.commenttriage.ingest.ProblemException;
import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Staff work an item: claim it, reply, dismiss, escalate, relabel, annotate; and read its audit trail. */
@Path("/api/v1/items/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class ItemActionsResource {

    public record SentRequest(String text, String platformUrl, Long version, Boolean override, String overrideReason) {
    }

    public record ReasonRequest(String reason, Long version) {
    }

    public record LabelsRequest(List<String> labels, Long version) {
    }

    public record NoteRequest(String text) {
    }

    public record NoteView(long id, String author, String text, OffsetDateTime createdAt) {

        static NoteView of(ItemNote note) {
            return new NoteView(note.id, note.author, note.text, note.createdAt);
        }
    }

    public record AuditEntry(long id, OffsetDateTime at, String actor, String action,
            @com.fasterxml.jackson.annotation.JsonRawValue String details) {
    }

    private final ItemWorkflow workflow;
    private final AuditTrail audit;
    private final StaffMember member;

    public ItemActionsResource(ItemWorkflow workflow, AuditTrail audit, StaffMember member) {
        this.workflow = workflow;
        this.audit = audit;
        this.member = member;
    }

    @POST
    @Path("/claim")
    @Operation(summary = "Claims the item for the caller (or renews the caller's claim)")
    @APIResponse(responseCode = "200", description = "the claim: holder and expiry")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "someone else holds it (claimedBy, claimExpiresAt), or it is closed")
    public ItemState claim(@PathParam("id") String id) {
        return workflow.claim(itemId(id), member);
    }

    @POST
    @Path("/release")
    @Operation(summary = "Releases the claim: the holder, or a supervisor")
    @APIResponse(responseCode = "200", description = "released")
    @APIResponse(responseCode = "403", description = "the caller neither holds the claim nor is a supervisor")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "not claimed, or closed")
    public ItemState release(@PathParam("id") String id) {
        return workflow.release(itemId(id), member);
    }

    @POST
    @Path("/sent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records the reply staff posted; it is linted, and the item leaves the open queue")
    @APIResponse(responseCode = "200", description = "recorded; the item is SENT")
    @APIResponse(responseCode = "400", description = "text missing or too long, platformUrl not an http(s) address, "
            + "or override without overrideReason")
    @APIResponse(responseCode = "403", description = "override asked for by someone who is not a supervisor")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "stale version, claimed by someone else, or closed")
    @APIResponse(responseCode = "422", description = "the reply breaks safety rules (violations listed)")
    public ItemState sent(@PathParam("id") String id, SentRequest request) {
        SentRequest body = required(request);
        return workflow.sent(itemId(id), body.text(), body.platformUrl(), body.version(),
                Boolean.TRUE.equals(body.override()), body.overrideReason(), member);
    }

    @POST
    @Path("/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Closes the item without a reply, with a reason")
    @APIResponse(responseCode = "200", description = "dismissed")
    @APIResponse(responseCode = "400", description = "reason missing")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "stale version, claimed by someone else, or closed")
    public ItemState dismiss(@PathParam("id") String id, ReasonRequest request) {
        ReasonRequest body = required(request);
        return workflow.dismiss(itemId(id), body.reason(), body.version(), member);
    }

    @POST
    @Path("/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hands the item to a supervisor, with a reason")
    @APIResponse(responseCode = "200", description = "escalated")
    @APIResponse(responseCode = "400", description = "reason missing")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "stale version, claimed by someone else, already escalated, or closed")
    public ItemState escalate(@PathParam("id") String id, ReasonRequest request) {
        ReasonRequest body = required(request);
        return workflow.escalate(itemId(id), body.reason(), body.version(), member);
    }

    @PUT
    @Path("/labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Relabels the item; priority, due time and drafts follow; kept as classifier feedback")
    @APIResponse(responseCode = "200", description = "relabelled")
    @APIResponse(responseCode = "400", description = "labels unknown or empty, or version missing")
    @APIResponse(responseCode = "404", description = "no such item")
    @APIResponse(responseCode = "409", description = "stale version, claimed by someone else, or closed")
    public ItemState relabel(@PathParam("id") String id, LabelsRequest request) {
        LabelsRequest body = required(request);
        return workflow.relabel(itemId(id), body.labels(), body.version(), member);
    }

    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an internal note")
    @APIResponse(responseCode = "201", description = "added")
    @APIResponse(responseCode = "400", description = "text missing or too long")
    @APIResponse(responseCode = "404", description = "no such item")
    public Response note(@PathParam("id") String id, NoteRequest request) {
        NoteRequest body = required(request);
        return Response.status(Response.Status.CREATED)
                .entity(NoteView.of(workflow.note(itemId(id), body.text(), member))).build();
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The item's audit trail, oldest first")
    @APIResponse(responseCode = "200", description = "the trail")
    @APIResponse(responseCode = "404", description = "no such item")
    public List<AuditEntry> audit(@PathParam("id") String id) {
        long itemId = workflow.visibleItem(itemId(id), member).id;
        return audit.ofItem(itemId).stream()
                .map(e -> new AuditEntry(e.id, e.occurredAt, e.actor, e.action, e.details)).toList();
    }

    static long itemId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "id must be a number");
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "a JSON body is required");
        }
        return body;
    }
}
