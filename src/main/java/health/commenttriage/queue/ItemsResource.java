package health.commenttriage.queue;

import health.commenttriage.user.Roles;
import health.commenttriage.user.StaffMember;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import health.commenttriage.audit.AuditTrail;
import health.commenttriage.ingest.Problem;
import health.commenttriage.message.MessageStore;
import health.commenttriage.reply.DraftStore;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The staff queue over REST. */
@RolesAllowed(Roles.STAFF)
@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    private final MessageStore messages;
    private final DraftStore drafts;
    private final AuditTrail audit;
    private final ItemWorkflow workflow;
    private final StaffMember member;
    private final QueueListing listing;

    public ItemsResource(MessageStore messages, DraftStore drafts, AuditTrail audit, ItemWorkflow workflow,
            StaffMember member, QueueListing listing) {
        this.listing = listing;
        this.messages = messages;
        this.drafts = drafts;
        this.audit = audit;
        this.workflow = workflow;
        this.member = member;
    }

    /**
     * A page of the queue in queue order: emergencies first, then the soonest due. Open items unless
     * {@code status} says otherwise. The next page's address is in the {@code Link} header (rel="next").
     */
    @GET
    @Operation(summary = "Lists the queue: filters, search, keyset pagination (next page in the Link header)")
    public Response list(@QueryParam("status") String status, @QueryParam("priority") String priority,
            @QueryParam("label") String label, @QueryParam("platform") String platform,
            @QueryParam("channel") String channel, @QueryParam("q") String q,
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueueListing.Page page;
        try {
            page = listing.page(new ItemQuery(status, priority, label, platform, channel, q, limit, cursor)
                    .onlyPractices(member.practiceIds()));
        } catch (ItemQuery.BadParameter e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
        Response.ResponseBuilder response = Response.ok(page.items());
        if (page.nextCursor() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build(), "next");
            response.header("X-Next-Cursor", page.nextCursor());
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One item: its messages with evidence, drafts and history")
    @APIResponse(responseCode = "200", description = "the item; the view is recorded in its audit trail")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "404", description = "no such item")
    public Response get(@PathParam("id") String itemId) {
        long id = ItemActionsResource.itemId(itemId);
        TriageItem item = workflow.view(id, member);
        return Response.ok(new ItemDetail(item.id, item.practiceId, "P" + item.priority, item.status.name(), item.labels,
                item.selfHarm, item.recommendHide, item.platform, item.channel, item.createdAt, item.dueAt,
                item.claimedBy, item.claimExpiresAt, item.version,
                messages.ofItem(id).stream().map(m -> ItemDetail.message(m, messages.revisions(m.id))).toList(),
                drafts.draftsOf(id).stream().map(ItemDetail::draft).toList(),
                ItemNote.<ItemNote>list("triageItemId = ?1 order by id", id).stream()
                        .map(ItemActionsResource.NoteView::of).toList(),
                audit.ofItem(id).stream().map(ItemDetail::history).toList())).build();
    }
}
